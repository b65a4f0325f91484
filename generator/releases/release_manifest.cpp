#include "releases/release_manifest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "diagnostics/text_position.hpp"

namespace candour {

using nlohmann::json;

std::string release_folder(const Period& period) {
    return std::string(releases_dir) + "/" + period.slug();
}

std::string manifest_json(const ReleaseManifest& manifest) {
    json files = json::array();
    for (const auto& f : manifest.files) files.push_back({{"path", f.path}, {"sha256", f.sha256}});
    json out = {{"format", release_manifest_format},
                {"period", manifest.period.code()},
                {"released", manifest.released.iso()},
                {"candour", manifest.candour_version},
                {"files", std::move(files)}};
    if (!manifest.hidden.empty()) out["hidden"] = manifest.hidden;
    return out.dump(2) + "\n";
}

namespace {

const char* fix_hint =
    "a manifest is written by 'candour release' and never edited: restore it from version control "
    "(git checkout -- releases/)";

bool is_sha256(const std::string& s) {
    return s.size() == 64 &&
           std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

// A published path: relative, '/' separated, never climbing out.
bool is_site_path(const std::string& p) {
    if (p.empty() || p.front() == '/' || p.find('\\') != std::string::npos) return false;
    std::size_t start = 0;
    while (start <= p.size()) {
        std::size_t end = p.find('/', start);
        if (end == std::string::npos) end = p.size();
        std::string part = p.substr(start, end - start);
        if (part.empty() || part == "." || part == "..") return false;
        start = end + 1;
    }
    return true;
}

}  // namespace

std::optional<ReleaseManifest> read_manifest(const std::string& path, const std::string& text, Diagnostics& diags) {
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        LineCol at = line_col_at(text, e.byte > 0 ? e.byte - 1 : 0);
        diags.error({path, at.line, at.col}, "the release manifest is not valid JSON", fix_hint);
        return std::nullopt;
    }
    SourcePos top{path, 1, 1};
    auto text_of = [&](const char* key) -> std::string {
        auto it = doc.find(key);
        return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    if (!doc.is_object() || text_of("format") != release_manifest_format) {
        diags.error(top, fmt::format("not a release manifest (its format is not '{}')", release_manifest_format),
                    fix_hint);
        return std::nullopt;
    }
    ReleaseManifest m;
    auto period = Period::parse(text_of("period"));
    auto released = parse_date(text_of("released"));
    if (!period || !released) {
        diags.error(top, "the release manifest has no valid 'period' or 'released' date", fix_hint);
        return std::nullopt;
    }
    m.period = *period;
    m.released = *released;
    m.candour_version = text_of("candour");
    auto files = doc.find("files");
    if (files == doc.end() || !files->is_array() || files->empty()) {
        diags.error(top, "the release manifest lists no files", fix_hint);
        return std::nullopt;
    }
    for (const auto& f : *files) {
        ReleasedFile rf;
        if (f.is_object() && f.contains("path") && f["path"].is_string() && f.contains("sha256") &&
            f["sha256"].is_string()) {
            rf = {f["path"].get<std::string>(), f["sha256"].get<std::string>()};
        }
        if (!is_site_path(rf.path) || !is_sha256(rf.sha256)) {
            diags.error(top, "the release manifest has a file without a valid 'path' and 'sha256'", fix_hint);
            return std::nullopt;
        }
        m.files.push_back(std::move(rf));
    }
    std::sort(m.files.begin(), m.files.end(), [](const auto& a, const auto& b) { return a.path < b.path; });
    if (auto hidden = doc.find("hidden"); hidden != doc.end()) {
        if (!hidden->is_object()) {
            diags.error(top, "the release manifest's 'hidden' is not a list of fingerprints", fix_hint);
            return std::nullopt;
        }
        for (const auto& [key, value] : hidden->items()) {
            if (!value.is_string() || !is_sha256(value.get<std::string>())) {
                diags.error(top, "the release manifest has a fingerprint that is not a SHA-256", fix_hint);
                return std::nullopt;
            }
            m.hidden[key] = value.get<std::string>();
        }
    }
    return m;
}

}  // namespace candour
