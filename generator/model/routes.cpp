#include "model/routes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <climits>
#include <tuple>

#include "model/accountability_routes.hpp"
#include "model/reader_pages.hpp"

namespace candour {

namespace {

std::string parent_dir(const std::string& path) {
    auto slash = path.rfind('/');
    return slash == std::string::npos ? "" : path.substr(0, slash);
}

std::string last_segment(const std::string& path) {
    auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string title_from_folder(const std::string& dir) {
    std::string t = last_segment(dir);
    std::replace(t.begin(), t.end(), '-', ' ');
    if (!t.empty() && t[0] >= 'a' && t[0] <= 'z') t[0] = static_cast<char>(t[0] - 'a' + 'A');
    return t;
}

class RouteBuilder {
public:
    RouteBuilder(const SourceTree& tree, const Catalogue* catalogue, Diagnostics& diags, const RouteOptions& options)
        : tree_(tree),
          catalogue_(catalogue),
          diags_(diags),
          preview_(options.preview),
          today_(options.today.value_or(local_today())),
          revisions_(options.revisions),
          folder_(options.folder) {}

    Routes build() {
        add_home();
        for (const auto& file : tree_.content) {
            Publication publication = publication_of(file);
            if (publication == Publication::published || preview_) {
                add_file(file, publication);
            } else if (publication == Publication::draft) {
                routes_.draft_paths.insert(file.content_path());
            } else {
                routes_.scheduled_paths.emplace(file.content_path(), *file.front.date);
            }
        }
        if (catalogue_ && !catalogue_->indicators.empty() && translated(indicators_dir)) add_indicators();
        for (const auto& page : accountability_pages(tree_.accountability, tree_.templates.messages)) {
            if (translated(page.dir)) add_generated(page);
        }
        for (const auto& page : reader_pages(tree_, revisions_)) {
            bool everywhere = page.kind == PageKind::a_to_z || page.kind == PageKind::search;
            if (everywhere || translated(page.dir)) add_generated(page);
        }
        link_parents();
        sort_children();
        if (folder_.empty()) add_not_found();
        if (!folder_.empty()) move_into_folder();
        for (std::size_t i = 0; i < routes_.pages.size(); ++i) {
            const Route& r = routes_.pages[i];
            routes_.by_kind_and_subject.emplace(std::make_pair(r.kind, r.subject), static_cast<int>(i));
        }
        routes_.today = today_;
        return std::move(routes_);
    }

private:
    // In the default language, every page; in another, a generated page
    // only if the top folder of `dir` has a page translated (its _index).
    bool translated(const std::string& dir) const {
        if (folder_.empty()) return true;
        std::string top = dir.substr(0, dir.find('/'));
        auto it = section_by_dir_.find(top);
        return it != section_by_dir_.end() && routes_.pages[static_cast<std::size_t>(it->second)].file != nullptr;
    }

    // Another language's pages are all in its folder, one level deeper.
    void move_into_folder() {
        for (auto& r : routes_.pages) {
            r.url = folder_ + r.url;
            r.output_path = folder_ + r.output_path;
            r.depth += static_cast<int>(std::count(folder_.begin(), folder_.end(), '/'));
        }
        routes_.folder = folder_;
    }

    // A page dated after today is scheduled: the first build on or after its
    // date publishes it, so a report can be prepared ahead of its release.
    Publication publication_of(const ContentFile& file) const {
        if (file.front.draft) return Publication::draft;
        if (file.front.date && *file.front.date > today_) return Publication::scheduled;
        return Publication::published;
    }

    void add_home() {
        Route home;
        home.kind = PageKind::home;
        home.title = tree_.config.title;
        home.output_path = "index.html";
        home.layout = "home";
        routes_.pages.push_back(home);
        section_by_dir_[""] = 0;
    }

    void add_file(const ContentFile& file, Publication publication) {
        std::string dir = parent_dir(file.content_path());
        if (file.is_section_index()) {
            int index = section_for(dir);
            Route& r = routes_.pages[static_cast<std::size_t>(index)];
            r.file = &file;
            r.title = file.front.title;
            r.publication = publication;
            apply_layout(r, file);
            routes_.by_content_path[file.content_path()] = index;
            return;
        }
        Route r;
        r.kind = PageKind::page;
        r.file = &file;
        r.title = file.front.title;
        r.publication = publication;
        std::string stem = last_segment(file.content_path());
        stem = stem.substr(0, stem.size() - 3);
        std::string slug = file.front.slug.empty() ? slugify(stem) : slugify(file.front.slug);
        if (slug.empty()) {
            diags_.error(file.front.slug.empty() ? SourcePos{file.path, 1, 1} : file.front.slug_pos,
                         "this page's web address would be empty", "use letters or digits in the file name or 'slug'");
            return;
        }
        r.url = (dir.empty() ? "" : dir + "/") + slug + "/";
        r.layout = "page";
        apply_layout(r, file);
        int index = add_route(std::move(r), file);
        if (index >= 0) routes_.by_content_path[file.content_path()] = index;
    }

    void apply_layout(Route& r, const ContentFile& file) {
        if (!file.front.layout.empty()) {
            r.layout = file.front.layout;
            r.layout_pos = file.front.layout_pos;
        } else {
            r.layout_pos = {file.path, 1, 1};
        }
    }

    int add_route(Route r, const ContentFile& file) {
        r.output_path = r.url + "index.html";
        r.depth = static_cast<int>(std::count(r.url.begin(), r.url.end(), '/'));
        SourcePos at = file.front.slug.empty() ? SourcePos{file.path, 1, 1} : file.front.slug_pos;
        auto [it, inserted] = url_owner_.emplace(r.url, UrlOwner{file.path, at});
        if (!inserted) {
            diags_.error(at, fmt::format("this page would be published at /{}, like {}", r.url, it->second.what),
                         "rename one of the files, or give one a different 'slug'");
            return -1;
        }
        routes_.pages.push_back(std::move(r));
        return static_cast<int>(routes_.pages.size()) - 1;
    }

    // The section page for a content folder, created (untitled) if not yet seen.
    int section_for(const std::string& dir) {
        auto it = section_by_dir_.find(dir);
        if (it != section_by_dir_.end()) return it->second;
        Route r;
        r.kind = PageKind::section;
        r.title = title_from_folder(dir);
        r.url = dir + "/";
        r.layout = "section";
        r.output_path = r.url + "index.html";
        r.depth = static_cast<int>(std::count(r.url.begin(), r.url.end(), '/'));
        r.layout_pos = {std::string("content/") + dir, 1, 1};
        routes_.pages.push_back(std::move(r));
        int index = static_cast<int>(routes_.pages.size()) - 1;
        auto [owner, inserted] = url_owner_.emplace(routes_.pages.back().url, UrlOwner{"content/" + dir + "/", {}});
        if (!inserted) {
            // A page such as content/reports.md has the address of the folder content/reports/.
            diags_.error(owner->second.pos,
                         fmt::format("this page would be published at /{}, the address of the section "
                                     "content/{}/",
                                     routes_.pages.back().url, dir),
                         fmt::format("move the page into the folder as content/{}/_index.md, or rename it", dir));
        }
        section_by_dir_[dir] = index;
        return index;
    }

    void link_parents() {
        // Creating parent sections may add routes, so loop by index.
        for (std::size_t i = 1; i < routes_.pages.size(); ++i) {
            std::string url = routes_.pages[i].url;
            std::string own_dir = url.substr(0, url.size() - 1);  // strip trailing '/'
            std::string dir = parent_dir(own_dir);
            int parent = section_for(dir);
            routes_.pages[i].parent = parent;
        }
        for (std::size_t i = 1; i < routes_.pages.size(); ++i) {
            // The A to Z and search are in every page's footer; listed
            // among the home page's sections they would only be in the way.
            PageKind kind = routes_.pages[i].kind;
            if (kind == PageKind::a_to_z || kind == PageKind::search) continue;
            routes_.pages[static_cast<std::size_t>(routes_.pages[i].parent)].children.push_back(static_cast<int>(i));
        }
    }

    void sort_children() {
        auto key = [this](int i) {
            const Route& r = routes_.pages[static_cast<std::size_t>(i)];
            int weight = r.file && r.file->front.weight ? *r.file->front.weight : INT_MAX;
            Date date = r.file && r.file->front.date ? *r.file->front.date : Date{};
            // Newest first: negate the date by comparing it the other way round below.
            return std::make_tuple(weight, date, r.title, r.url);
        };
        for (auto& r : routes_.pages) {
            std::sort(r.children.begin(), r.children.end(), [&](int a, int b) {
                auto ka = key(a);
                auto kb = key(b);
                if (std::get<0>(ka) != std::get<0>(kb)) return std::get<0>(ka) < std::get<0>(kb);
                if (std::get<1>(ka) != std::get<1>(kb)) return std::get<1>(kb) < std::get<1>(ka);
                return std::tie(std::get<2>(ka), std::get<3>(ka)) < std::tie(std::get<2>(kb), std::get<3>(kb));
            });
        }
    }

    // The index may have its own introduction in content/indicators/_index.md.
    void add_indicators() {
        int index = section_for(indicators_dir);
        Route& r = routes_.pages[static_cast<std::size_t>(index)];
        r.kind = PageKind::indicator_index;
        if (!r.file) r.title = tree_.templates.messages.text("page.indicators.title");
        if (!r.file || r.file->front.layout.empty()) r.layout = "indicator-index";
        for (const auto& ind : catalogue_->indicators) {
            Route page;
            page.kind = PageKind::indicator;
            page.title = ind.title;
            page.url = std::string(indicators_dir) + "/" + ind.id + "/";
            page.layout = "indicator";
            page.layout_pos = ind.pos;
            page.indicator = ind.id;
            page.output_path = page.url + "index.html";
            page.depth = 2;
            auto [it, inserted] = url_owner_.emplace(page.url, UrlOwner{catalogue_->file, ind.pos});
            if (!inserted) {
                diags_.error(
                    ind.pos,
                    fmt::format("indicator '{}' would be published at /{}, like {}", ind.id, page.url, it->second.what),
                    "rename the content file or the indicator");
                continue;
            }
            routes_.pages.push_back(std::move(page));
            routes_.by_indicator[ind.id] = static_cast<int>(routes_.pages.size()) - 1;
        }
    }

    // A section keeps the title and layout of its content/<dir>/_index.md, if any.
    void add_generated(const GeneratedPage& g) {
        if (g.section) {
            Route& r = routes_.pages[static_cast<std::size_t>(section_for(g.dir))];
            r.kind = g.kind;
            r.subject = g.subject;
            if (!r.file) r.title = g.title;
            if (!r.file || r.file->front.layout.empty()) r.layout = g.layout;
            if (!r.file) r.layout_pos = g.pos;
            return;
        }
        Route page;
        page.kind = g.kind;
        page.title = g.title;
        page.url = g.dir + "/";
        page.layout = g.layout;
        page.layout_pos = g.pos;
        page.subject = g.subject;
        page.output_path = page.url + "index.html";
        page.depth = static_cast<int>(std::count(page.url.begin(), page.url.end(), '/'));
        auto [it, inserted] = url_owner_.emplace(page.url, UrlOwner{g.pos.file, g.pos});
        if (!inserted) {
            diags_.error(g.pos, fmt::format("this would be published at /{}, like {}", page.url, it->second.what),
                         "rename the content file or this data file");
            return;
        }
        routes_.pages.push_back(std::move(page));
    }

    void add_not_found() {
        Route r;
        r.kind = PageKind::not_found;
        r.title = tree_.templates.messages.text("page.not_found.title");
        r.url = "404.html";
        r.output_path = "404.html";
        r.layout = "404";
        r.parent = 0;
        r.layout_pos = {site_config_file, 1, 1};
        routes_.pages.push_back(std::move(r));
    }

    const SourceTree& tree_;
    const Catalogue* catalogue_;
    Diagnostics& diags_;
    bool preview_;
    Date today_;
    bool revisions_;
    std::string folder_;
    Routes routes_;
    std::map<std::string, int> section_by_dir_;
    // Who has each address, to refuse a second page there.
    struct UrlOwner {
        std::string what;  // the file or folder, for messages
        SourcePos pos;
    };
    std::map<std::string, UrlOwner> url_owner_;
};

}  // namespace

const Route* Routes::find(const std::string& content_path) const {
    auto it = by_content_path.find(content_path);
    if (it != by_content_path.end()) return &pages[static_cast<std::size_t>(it->second)];
    return fallback ? fallback->find(content_path) : nullptr;
}

const Route* Routes::indicator_page(const std::string& id) const {
    auto it = by_indicator.find(id);
    if (it != by_indicator.end()) return &pages[static_cast<std::size_t>(it->second)];
    return fallback ? fallback->indicator_page(id) : nullptr;
}

void pair_translations(std::vector<Routes*> languages, const std::vector<std::string>& tags,
                       const std::set<std::string>& frozen) {
    // Each page by its address within its language's folder.
    std::vector<std::map<std::string, const Route*>> by_url(languages.size());
    for (std::size_t l = 0; l < languages.size(); ++l) {
        const std::string& folder = languages[l]->folder;
        for (const auto& r : languages[l]->pages) {
            if (r.kind != PageKind::not_found && !frozen.count(r.output_path))
                by_url[l][r.url.substr(folder.size())] = &r;
        }
    }
    for (std::size_t l = 0; l < languages.size(); ++l) {
        const std::string& folder = languages[l]->folder;
        for (auto& r : languages[l]->pages) {
            r.translations.clear();
            if (r.kind == PageKind::not_found || frozen.count(r.output_path)) continue;
            std::string own = r.url.substr(folder.size());
            for (std::size_t other = 0; other < languages.size(); ++other) {
                if (other == l) continue;
                auto it = by_url[other].find(own);
                if (it != by_url[other].end()) r.translations.emplace_back(tags[other], it->second->url);
            }
        }
    }
}

Routes build_routes(const SourceTree& tree, const Catalogue* catalogue, Diagnostics& diags,
                    const RouteOptions& options) {
    return RouteBuilder(tree, catalogue, diags, options).build();
}

std::string path_of_base_url(const std::string& base_url) {
    auto scheme = base_url.find("://");
    if (scheme == std::string::npos) return "/";
    auto slash = base_url.find('/', scheme + 3);
    return slash == std::string::npos ? "/" : base_url.substr(slash);
}

std::string link_between(const Route& from, const Route& to, const std::string& base_path) {
    return link_to_url(from, to.url, base_path);
}

std::string link_to_url(const Route& from, const std::string& url, const std::string& base_path) {
    if (from.kind == PageKind::not_found) return base_path + url;
    std::string link;
    for (int i = 0; i < from.depth; ++i) link += "../";
    link += url;
    return link.empty() ? "./" : link;
}

std::string link_to_root(const Route& from, const std::string& base_path) {
    if (from.kind == PageKind::not_found) return base_path;
    std::string link;
    for (int i = 0; i < from.depth; ++i) link += "../";
    return link;
}

}  // namespace candour
