#include "build/build.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <future>
#include <iterator>
#include <memory>
#include <optional>
#include <set>
#include <tuple>

#include "audit/audit.hpp"
#include "audit/spreadsheet_agreement.hpp"
#include "build/build_date.hpp"
#include "build/frozen_spreadsheets.hpp"
#include "disclose/disclose.hpp"
#include "io/cache_dir.hpp"
#include "io/file_system.hpp"
#include "kpi/published_in_language.hpp"
#include "load/accountability_load.hpp"
#include "load/kpi_catalogue.hpp"
#include "load/language_tree.hpp"
#include "load/load.hpp"
#include "load/survey_breakdowns.hpp"
#include "model/report_pdf.hpp"
#include "model/routes.hpp"
#include "privacy/privacy_gate.hpp"
#include "releases/frozen_releases.hpp"
#include "render/render.hpp"
#include "validate/accountability_check.hpp"
#include "validate/validate.hpp"
#include "write/disclosure_report.hpp"
#include "write/site_writer.hpp"
#include "write/write.hpp"

namespace candour {

namespace {

bool is_html(const std::string& path) {
    return path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0;
}

// Figures come out of the disclose library already published; `typed` holds
// what the typed-figure check needs.
// Figures for a period not yet started must be announced and provisional.
PublishedKpi disclose_and_check(const SourceTree& tree, const FileSystem& fs, Diagnostics& diags, DisclosureLog& log,
                                TypedFigureCheck& typed, const DiscloseEditions& editions, const Date& today) {
    PublishedKpi kpi = load_and_disclose(fs, tree.config, diags, log, &typed, editions, {today, &tree.releases});
    check_accountability(tree.accountability, kpi.present ? &kpi.catalogue : nullptr, tree.config, diags);
    return kpi;
}

// A bilingual site's other language, as loaded and routed.
struct OtherLanguage {
    SourceTree tree;
    PublishedKpi kpi;
    Routes routes;
};

// A hidden figure typed into the words of a page that will be published, or
// of a finding, tracker or action plan, in any of the site's languages.
void check_typed_figures(const TypedFigureCheck& typed, const SourceTree& tree, const Routes& routes,
                         const std::vector<OtherLanguage>& others, const FileSystem& fs, Diagnostics& diags) {
    std::vector<WrittenText> texts;
    auto add_pages = [&](const Routes& r) {
        for (const auto& route : r.pages) {
            if (!route.file) continue;
            auto page = page_text(*route.file);
            texts.insert(texts.end(), std::make_move_iterator(page.begin()), std::make_move_iterator(page.end()));
        }
    };
    add_pages(routes);
    auto data = accountability_text(tree.accountability);
    std::set<std::tuple<std::string, int, int>> seen;
    for (const auto& t : data) seen.emplace(t.start.file, t.start.line, t.start.col);
    texts.insert(texts.end(), std::make_move_iterator(data.begin()), std::make_move_iterator(data.end()));
    for (const auto& other : others) {
        add_pages(other.routes);
        // The translated texts (an untranslated one is the default's, checked above).
        for (auto& t : accountability_text(other.tree.accountability)) {
            if (!seen.count({t.start.file, t.start.line, t.start.col})) texts.push_back(std::move(t));
        }
    }
    std::vector<const Messages*> catalogues{&tree.templates.messages};
    for (const auto& other : others) catalogues.push_back(&other.tree.templates.messages);
    typed.check(texts, fs, diags, catalogues);
}

// A text with no value in the language, on a page in it: the default
// language's words would stand in, unseen. Each data file is shown by its
// section's pages; site.yaml's and the catalogue's texts by every page.
void check_translated(const OtherLanguage& other, bool preview, Diagnostics& diags) {
    const std::string& language = other.tree.config.language;
    // The kinds of page the language has, once: not a walk of every route per text.
    std::set<PageKind> kinds;
    for (const auto& r : other.routes.pages) kinds.insert(r.kind);
    auto has = [&](PageKind kind) { return kinds.count(kind) > 0; };
    auto shown = [&](const std::string& file) {
        if (file.rfind(findings_dir, 0) == 0) return has(PageKind::findings_index);
        if (file.rfind(trackers_dir, 0) == 0) return has(PageKind::tracker_index);
        if (file.rfind(action_plans_dir, 0) == 0) return has(PageKind::action_plan_index);
        return true;  // site.yaml, the KPI catalogue
    };
    auto report = [&](const SourcePos& pos, std::string what, std::string how) {
        if (preview)
            diags.warning(pos, std::move(what), std::move(how));
        else
            diags.error(pos, std::move(what), std::move(how));
    };
    for (const auto& pos : other.tree.config.untranslated) {
        if (!shown(pos.file)) continue;
        report(pos, fmt::format("this text has no '{}' translation, and the {} pages show it", language, language),
               fmt::format("give it in each language, such as '{{{}: ..., {}: ...}}' (docs/site-config.md, "
                           "\"Languages\")",
                           other.tree.config.languages.front(), language));
    }
    const Route& home = other.routes.home();
    if (!home.file) {
        report(other.tree.config.languages_pos, fmt::format("the '{}' pages have no home page", language),
               fmt::format("translate content/_index.md as content/_index.{}.md", language));
    }
    // A translated page in a section whose own page is not translated
    // would sit under a section titled in the default language.
    for (const auto& r : other.routes.pages) {
        if (r.kind != PageKind::section || r.file || r.children.empty()) continue;
        const Route& child = other.routes.pages[static_cast<std::size_t>(r.children.front())];
        std::string dir = r.url.substr(other.routes.folder.size());
        report(
            child.file ? SourcePos{child.file->path, 1, 1} : SourcePos{site_config_file, 1, 1},
            fmt::format("this page is translated into '{}', but its section content/{}_index.md is not", language, dir),
            fmt::format("translate content/{}_index.md as content/{}_index.{}.md", dir, dir, language));
    }
}

// The site's other languages: each read in its language, with its own
// pages, routed under its folder and paired with the default's pages.
std::vector<OtherLanguage> load_other_languages(const SourceTree& tree, const PublishedKpi& kpi, Routes& routes,
                                                std::map<std::string, std::vector<ContentFile>> translations,
                                                const std::vector<FrozenRelease>& releases, const FileSystem& fs,
                                                const RouteOptions& options, Diagnostics& diags) {
    std::vector<OtherLanguage> others;
    others.reserve(tree.config.languages.size());
    for (std::size_t i = 1; i < tree.config.languages.size(); ++i) {
        const std::string& language = tree.config.languages[i];
        OtherLanguage other;
        other.tree = tree_in_language(tree, fs, language, std::move(translations[language]));
        Diagnostics reported_already;
        TextLanguage reading{language, tree.config.languages, &other.tree.config.untranslated};
        Catalogue catalogue = kpi.present ? load_kpi_catalogue(fs, reported_already, &reading) : kpi.catalogue;
        auto survey =
            kpi.survey ? load_survey_breakdowns(fs, reported_already, &reading) : std::vector<SurveyBreakdown>{};
        other.kpi = published_in_language(kpi, catalogue, survey);
        RouteOptions in_folder = options;
        in_folder.folder = language_folder(tree.config, language);
        other.routes = build_routes(other.tree, kpi.present ? &other.kpi.catalogue : nullptr, diags, in_folder);
        others.push_back(std::move(other));
    }
    std::vector<Routes*> all{&routes};
    for (auto& other : others) {
        other.routes.fallback = &routes;
        all.push_back(&other.routes);
    }
    // A release's pages are kept as first published: they cannot gain a
    // link to a translation made since, so none is paired with them.
    std::set<std::string> frozen;
    for (const auto& release : releases) {
        for (const auto& f : release.files) frozen.insert(f.path);
    }
    pair_translations(all, tree.config.languages, frozen);
    for (const auto& other : others) check_translated(other, options.preview, diags);
    return others;
}

// The attacker's audit of what will be published: every download read back
// from its bytes, with the relations published beside them. One located
// error per exposed figure; the report gets how far a reader can narrow each
// hidden figure.
void audit_publication(const RenderedSite& site, const PublishedKpi& kpi, Diagnostics& diags, DisclosureLog& log,
                       int jobs) {
    auto meta_file = std::find_if(site.files.begin(), site.files.end(),
                                  [](const OutputFile& f) { return f.path == disclosure_metadata_file; });
    if (meta_file == site.files.end()) return;
    auto meta = read_disclosure_metadata(meta_file->path, meta_file->bytes, diags);
    if (!meta) return;
    AuditResult result = audit_files(site.files, *meta, diags, jobs);
    SourcePos catalogue{kpi.catalogue.file.empty() ? std::string("data/kpi/catalogue.yaml") : kpi.catalogue.file, 1, 1};
    for (const auto& c : result.contradictions) {
        diags.error(catalogue, c, "the published figures disagree with a relation in the catalogue; check both");
    }
    for (const auto& f : result.exposed()) {
        auto source = kpi.hidden_sources.find(f.key.id());
        diags.error(source == kpi.hidden_sources.end() ? catalogue : source->second, describe_exposure(f),
                    "this is a fault in candour's disclosure control, not in your data: do not publish, and report it "
                    "with the disclosure report's rules (never the figures)");
    }
    for (const auto& f : result.checked) log.attacker_view.push_back({f.key.label(), f.low, f.high});
    for (const auto& d : spreadsheet_disagreements(site.files)) {
        diags.error(catalogue, d,
                    "a spreadsheet must say exactly what its CSV says; this is a fault in candour, not in your "
                    "data: do not publish, and report it");
    }
}

// The report pages to print: each published page with a period. The PDF's
// dates are the page's own, so it changes only when the report does.
std::vector<PdfJob> pdf_jobs(const SiteConfig& config, const Routes& routes, const Messages& messages, Date today) {
    std::vector<PdfJob> jobs;
    // {page} and {pages} are kept for print-pdf.mjs, which puts Chromium's numbers there.
    std::string page_number = messages.text("page.pdf.page_number", {{"page", "{page}"}, {"pages", "{pages}"}});
    for (const auto& route : routes.pages) {
        if (!has_report_pdf(config, route)) continue;
        Date date = route.file->front.date.value_or(today);
        jobs.push_back({route.output_path, report_pdf_path(route), route.title, page_number, date.iso()});
    }
    return jobs;
}

// The privacy gate for files made after render from the staged pages. It
// keeps the sources and routes it needs; an approval in a page's front
// matter covers the same words in its PDF.
std::function<void(const std::vector<OutputFile>&, Diagnostics&)> later_gate(SourceTree tree, Routes routes,
                                                                             const BuildOptions& options) {
    auto kept_tree = std::make_shared<const SourceTree>(std::move(tree));
    auto kept_routes = std::make_shared<const Routes>(std::move(routes));
    return [kept_tree, kept_routes, source = options.source_dir, jobs = options.jobs](
               const std::vector<OutputFile>& files, Diagnostics& diags) {
        DiskFileSystem fs(source);
        DisclosureLog already_logged;
        privacy_gate(*kept_tree, *kept_routes, files, fs, {false, jobs, false}, diags, already_logged);
    };
}

// Prints the report PDFs from the staged pages, then reads them back through
// the privacy gate like every other published file, before the site goes live.
bool add_report_pdfs(const RenderedSite& site, const BuildOptions& options, const std::string& staging,
                     Diagnostics& diags, PdfStats& stats) {
    if (!print_pdfs(staging, site.base_url, site.pdf_jobs, options.pdf, output_dir_of(options), diags, &stats))
        return false;
    DiskFileSystem staged(staging);
    std::vector<OutputFile> pdfs;
    for (const auto& job : site.pdf_jobs) pdfs.push_back({job.pdf, staged.read(job.pdf).value_or("")});
    if (site.gate_later) site.gate_later(pdfs, diags);
    return !diags.has_errors();
}

// Each page, as soon as it is rendered: read by the privacy gate, written to
// the staging folder, and its bytes released.
PageSink streaming_sink(const Routes& routes, const std::vector<OtherLanguage>& others, SiteWriter* writer,
                        ScannedFiles* scanned) {
    if (!writer || !scanned) return {};
    std::vector<std::string> pages;
    for (const auto& route : routes.pages) pages.push_back(route.output_path);
    for (const auto& other : others) {
        for (const auto& route : other.routes.pages) pages.push_back(route.output_path);
    }
    writer->expect_pages(pages);
    return [writer, scanned](OutputFile& page) {
        scanned->scan(page);
        writer->write_page(page);
        std::string().swap(page.bytes);
        page.streamed = true;
    };
}

std::string cache_root_of(const BuildOptions& options) {
    return options.cache_dir.empty() ? default_cache_dir(options.source_dir, cache_environment()) : options.cache_dir;
}

// The replaced site, kept for the next build to write over (write.hpp).
std::string kept_site_of(const BuildOptions& options) {
    std::string root = cache_root_of(options);
    if (root.empty()) return {};  // no cache folder at all: every file is written anew
    return (std::filesystem::path(root) / "previous-site").string();
}

// Spreadsheets made by earlier builds, by their input (statistics_workbook.hpp).
std::string spreadsheet_cache_of(const BuildOptions& options) {
    std::string root = cache_root_of(options);
    return root.empty() ? std::string() : (std::filesystem::path(root) / "spreadsheets").string();
}

}  // namespace

std::string chart_cache_of(const BuildOptions& options) {
    if (!options.charts.cache_dir.empty()) return options.charts.cache_dir;
    std::string root = cache_root_of(options);
    if (root.empty()) return {};  // no cache folder at all: charts are drawn every time
    return (std::filesystem::path(root) / "charts").string();
}

std::string output_dir_of(const BuildOptions& options) {
    if (!options.output_dir.empty()) return options.output_dir;
    return (std::filesystem::path(options.source_dir) / "site").string();
}

RenderedSite render_in_memory(const BuildOptions& options, Diagnostics& diags, const BuildReuse& reuse,
                              SiteWriter* writer) {
    RenderedSite site;
    DiskFileSystem fs(options.source_dir);
    SourceTree tree = load_settings(fs, options.themes_dir, diags);
    // One date for everything that depends on it: scheduled pages and
    // deadlines still running (SOURCE_DATE_EPOCH makes it reproducible).
    Date today = build_date(options.today);
    tree.accountability.today = today;
    // PDFs are printed by `build` alone, from the pages it writes; the pages
    // link to them only then.
    tree.config.pdf = (tree.config.pdf || options.pdf.enabled) && options.write && !options.preview;
    // Disclosure control reads the data, never the pages: the pages are
    // read and parsed meanwhile.
    auto content = std::async(std::launch::async, [&] {
        return load_content(fs, diags, reuse.parse_content, tree.accountability, options.jobs);
    });
    TypedFigureCheck typed;
    // The releases still online: set beside the figures now, and published
    // again, byte for byte, at their addresses.
    std::vector<FrozenRelease> releases = load_frozen_releases(fs, diags);
    PublishedKpi kpi =
        disclose_and_check(tree, fs, diags, site.disclosure, typed, {&releases, options.freezing.has_value()}, today);
    tree.content = content.get();
    auto translations = take_translations(tree.content, tree.config, diags);
    RouteOptions route_options{options.preview, today, kpi.present && !releases.empty(), {}};
    Routes routes = build_routes(tree, kpi.present ? &kpi.catalogue : nullptr, diags, route_options);
    std::vector<OtherLanguage> others =
        load_other_languages(tree, kpi, routes, std::move(translations), releases, fs, route_options, diags);
    for (auto& route : routes.pages) {
        if (!route.file || !route.file->front.period) continue;
        if (options.freezing && *route.file->front.period == *options.freezing) route.frozen_on = today;
        site.period_pages.push_back({*route.file->front.period, route.output_path});
    }
    // Without site.yaml's contact and privacy settings the gate would report
    // every page showing the organisation's own contact details. (The pages
    // are known now: the staging folder is cleared for them meanwhile.)
    std::optional<ScannedFiles> scanned;
    if (tree.config.privacy_settings_ok && writer) scanned.emplace(tree.config, diags);
    PageSink sink = streaming_sink(routes, others, writer, scanned ? &*scanned : nullptr);
    check_typed_figures(typed, tree, routes, others, fs, diags);
    validate(tree, routes, kpi, diags);
    ChartOptions charts = options.charts;
    charts.cache_dir = chart_cache_of(options);
    std::string spreadsheets = spreadsheet_cache_of(options);
    std::vector<LanguagePages> other_pages;
    for (const auto& other : others) other_pages.push_back({&other.tree, &other.routes, &other.kpi});
    site.files = render_site(tree, routes, kpi, diags, options.jobs, charts, &site.charts, reuse.pages, sink,
                             spreadsheets, other_pages);
    publish_frozen(site.files, releases);
    add_frozen_spreadsheets(site.files, releases, kpi.catalogue,
                            {tree.config.spreadsheets ? &tree.config : nullptr, &tree.releases, spreadsheets});
    site.hidden_fingerprints = std::move(kpi.hidden_fingerprints);
    // The privacy gate reads every byte that would be written, as published
    // (the streamed pages were read as they were rendered); the audit
    // attacks every figure, as published.
    if (tree.config.privacy_settings_ok) {
        privacy_gate(tree, routes, site.files, fs, {options.preview, options.jobs}, diags, site.disclosure,
                     scanned ? &*scanned : nullptr);
    }
    if (!diags.has_errors()) audit_publication(site, kpi, diags, site.disclosure, options.jobs);
    site.base_path = path_of_base_url(tree.config.base_url);
    site.base_url = tree.config.base_url;
    for (const auto& f : site.files) {
        if (is_html(f.path)) ++site.pages;
    }
    site.pdf_jobs = pdf_jobs(tree.config, routes, tree.templates.messages, today);
    if (!site.pdf_jobs.empty()) site.gate_later = later_gate(std::move(tree), std::move(routes), options);
    return site;
}

BuildReport build_site(const BuildOptions& options, Diagnostics& diags) {
    BuildReport report;
    // Opened before render, so pages go to disk as they are made; nothing is
    // live until publish, and a build that stops before it changes nothing.
    std::optional<SiteWriter> writer;
    if (options.write) writer.emplace(output_dir_of(options), kept_site_of(options));
    RenderedSite site = render_in_memory(options, diags, {}, writer ? &*writer : nullptr);
    report.pages = site.pages;
    report.files = static_cast<int>(site.files.size());
    report.suppressed = static_cast<int>(site.disclosure.suppressions.size());
    report.approvals = static_cast<int>(site.disclosure.approvals.size());
    report.charts = site.charts;
    if (diags.has_errors() || !options.write) return report;
    std::string report_dir = disclosure_report_dir(options.source_dir, options.report_dir);
    report.disclosure_report = disclosure_report_path(report_dir);
    if (auto why = published_report_reason(report_dir, output_dir_of(options), options.source_dir); !why.empty()) {
        diags.warning({report.disclosure_report, 1, 1},
                      fmt::format("the disclosure report {} {}: it names every hidden figure and must never be "
                                  "published",
                                  report.disclosure_report, why),
                      "write it to a folder the web server does not serve, with --report-dir (the default is the "
                      "site's reports/ folder)");
    }
    // The search index is made from the pages as written, in the staging
    // folder, so it goes live with them in the same swap.
    // The PDFs too, and a PDF that cannot be made keeps the old site.
    BeforeSwap finish_staging = [&](const std::string& staging) {
        if (!site.pdf_jobs.empty() && !add_report_pdfs(site, options, staging, diags, report.pdf)) return false;
        if (options.search.enabled)
            build_search_index(staging, options.search, output_dir_of(options), diags, &report.search);
        return true;
    };
    report.written = writer->publish(site.files, diags, finish_staging);
    if (report.written)
        write_disclosure_report(site.disclosure, report.disclosure_report, diags);
    else
        report.disclosure_report.clear();
    return report;
}

}  // namespace candour
