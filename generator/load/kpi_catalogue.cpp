// data/kpi/catalogue.yaml: aims, breakdowns and indicator definitions.
#include "load/kpi_catalogue.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "diagnostics/suggest.hpp"
#include "load/text_file.hpp"
#include "load/yaml_fields.hpp"

namespace candour {

namespace {

const std::vector<std::string> top_keys = {"aims", "breakdowns", "indicators"};
const std::vector<std::string> aim_keys = {"id", "title", "summary"};
const std::vector<std::string> breakdown_keys = {"id", "title", "groups", "partition", "total", "cross", "synonyms"};
const std::vector<std::string> indicator_keys = {"id",        "title",     "definition", "unit",        "polarity",
                                                 "frequency", "aim",       "source",     "breakdowns",  "caveats",
                                                 "decimals",  "parts",     "numerator",  "denominator", "year_to_date",
                                                 "synonyms",  "disclosure"};
const std::vector<std::string> disclosure_keys = {"method", "min_count", "min_base", "reason"};

constexpr int max_decimals = 4;

bool is_id(const std::string& s) {
    if (s.empty()) return false;
    for (char c : s) {
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) return false;
    }
    return true;
}

// A text's values in the site's other languages ("Cyhuddiadau" beside
// "Charges"): more words a sentence in those languages names it by, for the
// typed-figure check.
std::vector<std::string> other_language_words(const YAML::Node& node, const std::string& chosen) {
    std::vector<std::string> out;
    if (!node || !node.IsMap()) return out;
    for (const auto& kv : node) {
        if (!kv.second.IsScalar()) continue;
        std::string value = kv.second.Scalar();
        if (value != chosen && !value.empty() && std::find(out.begin(), out.end(), value) == out.end())
            out.push_back(value);
    }
    return out;
}

class CatalogueReader {
public:
    CatalogueReader(YamlFields& fields, Catalogue& cat) : fields_(fields), cat_(cat) {}

    void read(const YAML::Node& root) {
        fields_.check_keys(root, top_keys, "catalogue");
        for_each(root, "aims", [&](const YAML::Node& n) { read_aim(n); });
        for_each(root, "breakdowns", [&](const YAML::Node& n) { read_breakdown(n); });
        resolve_crossings();
        for_each(root, "indicators", [&](const YAML::Node& n) { read_indicator(n); });
        check_parts();
        check_relations();
        check_own_rules();
        if (!root["indicators"] || root["indicators"].size() == 0) {
            fields_.diags().error(fields_.source().start(), "the catalogue lists no indicators",
                                  "add an 'indicators:' list; see docs/kpi-data.md");
            cat_.readable = false;  // so no table row is reported as unknown
        }
    }

private:
    template <typename Fn>
    void for_each(const YAML::Node& root, const char* key, Fn fn) {
        const YAML::Node list = root[key];
        if (!list) return;
        if (!list.IsSequence()) {
            fields_.diags().error(fields_.pos(list),
                                  fmt::format("'{}' must be a list of entries starting '- id:'", key),
                                  "see docs/kpi-data.md for an example");
            return;
        }
        for (const auto& item : list) {
            if (item.IsMap())
                fn(item);
            else
                fields_.diags().error(fields_.pos(item),
                                      fmt::format("each entry of '{}' needs 'id:' and 'title:'", key), "");
        }
    }

    std::optional<std::string> read_id(const YAML::Node& n, std::set<std::string>& seen, const char* what) {
        auto id = fields_.string(n, "id", true);
        if (!id) return std::nullopt;
        if (!is_id(*id)) {
            fields_.diags().error(fields_.pos(n["id"]),
                                  fmt::format("{} id '{}' may use only a-z, 0-9, '-' and '_'", what, *id),
                                  "ids become web addresses and column values; use lower case and hyphens");
            return std::nullopt;
        }
        if (!seen.insert(*id).second) {
            fields_.diags().error(fields_.pos(n["id"]), fmt::format("{} id '{}' is used twice", what, *id),
                                  "give each one its own id");
            return std::nullopt;
        }
        return id;
    }

    void read_aim(const YAML::Node& n) {
        fields_.check_keys(n, aim_keys, "aim");
        auto id = read_id(n, aim_ids_, "aim");
        auto title = fields_.text(n, "title", true);
        if (id && title) cat_.aims.push_back({*id, *title, fields_.text(n, "summary").value_or("")});
    }

    void read_breakdown(const YAML::Node& n) {
        fields_.check_keys(n, breakdown_keys, "breakdown");
        auto id = read_id(n, breakdown_ids_, "breakdown");
        auto title = fields_.text(n, "title", true);
        auto groups = fields_.text_list(n, "groups");
        auto cross = fields_.string_list(n, "cross");
        if (!cross.empty() && !groups.empty()) {
            fields_.diags().error(fields_.pos(n["groups"]), "a breakdown with 'cross' has no 'groups' of its own",
                                  "remove 'groups': its groups are every pair of the crossed breakdowns' groups");
        } else if (groups.empty() && cross.empty() && id) {
            fields_.diags().error(fields_.pos(n), fmt::format("breakdown '{}' lists no groups", *id),
                                  "add 'groups: [First group, Second group]'");
        }
        if (!cross.empty() && cross.size() != 2) {
            fields_.diags().error(fields_.pos(n["cross"]), "'cross' names two breakdowns",
                                  "for example 'cross: [sex, age-band]'");
            cross.clear();
        }
        bool partition = fields_.boolean(n, "partition").value_or(true);
        bool total_is_sum = read_total(n, partition);
        if (!id || !title) return;
        auto synonyms = read_group_synonyms(n, groups);
        if (const YAML::Node list = n["groups"]; list && list.IsSequence() && list.size() == groups.size()) {
            for (std::size_t i = 0; i < groups.size(); ++i) {
                for (auto& word : other_language_words(list[i], groups[i])) synonyms[groups[i]].push_back(word);
            }
        }
        Breakdown b{*id, *title, groups, fields_.pos(n), partition, total_is_sum, cross, std::move(synonyms)};
        if (!cross.empty()) crossings_.emplace_back(*id, fields_.pos(n["cross"]));
        cat_.breakdowns[*id] = std::move(b);
    }

    // 'synonyms:' under a breakdown: other words for its groups, a list for
    // each group named ("Male: [men, boys]").
    std::map<std::string, std::vector<std::string>> read_group_synonyms(const YAML::Node& n,
                                                                        const std::vector<std::string>& groups) {
        std::map<std::string, std::vector<std::string>> out;
        const YAML::Node map = n["synonyms"];
        if (!map) return out;
        if (!map.IsMap()) {
            fields_.diags().error(fields_.pos(map), "'synonyms' under a breakdown lists other words for each group",
                                  "for example 'synonyms: {Male: [men, boys], Female: [women, girls]}'");
            return out;
        }
        for (const auto& entry : map) {
            std::string group = entry.first.IsScalar() ? entry.first.Scalar() : "";
            if (std::find(groups.begin(), groups.end(), group) == groups.end()) {
                std::string listed = fmt::format("its groups are: {}", fmt::join(groups, ", "));
                fields_.diags().error(fields_.pos(entry.first),
                                      fmt::format("'{}' is not a group of this breakdown", group),
                                      did_you_mean(group, groups, listed));
                continue;
            }
            out[group] = fields_.string_list(map, group.c_str());
        }
        return out;
    }

    // 'total: sum' or 'total: none'; a partition's total is always the sum.
    bool read_total(const YAML::Node& n, bool partition) {
        auto text = fields_.string(n, "total");
        if (!text) return partition;
        if (*text == "sum") return true;
        if (*text != "none") {
            fields_.diags().error(fields_.pos(n["total"]), fmt::format("unknown total '{}'", *text),
                                  "use 'sum' (the overall figure is the sum of the groups) or 'none'");
            return partition;
        }
        if (partition) {
            fields_.diags().error(fields_.pos(n["total"]),
                                  "'total: none' needs 'partition: false': groups that split one whole add up to it",
                                  "add 'partition: false' if the groups overlap, or remove 'total: none'");
        }
        return false;
    }

    // A crossed breakdown's groups are every pair of its two breakdowns' groups.
    void resolve_crossings() {
        for (const auto& [id, pos] : crossings_) {
            Breakdown& b = cat_.breakdowns[id];
            std::vector<const Breakdown*> crossed;
            for (const auto& c : b.cross) {
                const Breakdown* other = cat_.breakdown(c);
                if (!other || !other->cross.empty()) {
                    std::vector<std::string> ids(breakdown_ids_.begin(), breakdown_ids_.end());
                    fields_.diags().error(
                        pos, fmt::format("'cross' names '{}', which is not a breakdown of its own groups", c),
                        did_you_mean(c, ids, "cross two breakdowns listed under 'breakdowns:'"));
                    continue;
                }
                crossed.push_back(other);
            }
            if (crossed.size() != 2) {
                b.cross.clear();
                continue;
            }
            for (const auto& g1 : crossed[0]->groups) {
                for (const auto& g2 : crossed[1]->groups) b.groups.push_back(cross_group(g1, g2));
            }
            b.total_is_sum = crossed[0]->total_is_sum && crossed[1]->total_is_sum;
        }
    }

    void read_indicator(const YAML::Node& n) {
        fields_.check_keys(n, indicator_keys, "indicator");
        Indicator ind;
        auto id = read_id(n, indicator_ids_, "indicator");
        ind.pos = fields_.pos(n);
        ind.title = fields_.text(n, "title", true).value_or("");
        ind.definition = fields_.text(n, "definition", true).value_or("");
        ind.source = fields_.text(n, "source").value_or("");
        ind.caveats = fields_.text_list(n, "caveats");
        ind.synonyms = fields_.string_list(n, "synonyms");
        for (auto& word : other_language_words(n["title"], ind.title)) ind.synonyms.push_back(word);
        ind.parts = fields_.string_list(n, "parts");
        if (!ind.parts.empty()) parts_pos_.emplace_back(ind.parts, fields_.pos(n["parts"]));
        for (const char* key : {"numerator", "denominator", "year_to_date"}) {
            auto of = fields_.string(n, key);
            if (!of) continue;
            (key[0] == 'n' ? ind.numerator_of : key[0] == 'd' ? ind.denominator_of : ind.year_to_date_of) = *of;
            if (id) relations_.push_back({*id, key, *of, fields_.pos(n[key])});
        }
        // Every check runs, so one build reports every problem with the entry.
        bool ok = read_unit(n, ind);
        ok = read_polarity(n, ind) && ok;
        ok = read_frequency(n, ind) && ok;
        ok = read_aim_ref(n, ind) && ok;
        ok = read_breakdown_refs(n, ind) && ok;
        ok = read_decimals(n, ind) && ok;
        ok = read_disclosure(n, ind) && ok;
        if (id && ok) {
            ind.id = *id;
            cat_.indicators.push_back(std::move(ind));
        } else if (id) {
            cat_.unreadable_ids.insert(*id);
        }
    }

    bool read_unit(const YAML::Node& n, Indicator& ind) {
        auto text = fields_.string(n, "unit", true);
        if (!text) return false;
        if (auto unit = parse_unit(*text)) {
            ind.unit = *unit;
            return true;
        }
        fields_.diags().error(
            fields_.pos(n["unit"]), fmt::format("unknown unit '{}'", *text),
            did_you_mean(*text, unit_names(), "use one of: " + fmt::format("{}", fmt::join(unit_names(), ", "))));
        return false;
    }

    // Places shown after the decimal point: a handful at most, as figures are
    // never more precise than that and a long tail of zeros misleads.
    bool read_decimals(const YAML::Node& n, Indicator& ind) {
        ind.decimals = ind.unit == Unit::count ? 0 : 1;
        if (!n["decimals"]) return true;
        auto places = fields_.integer(n, "decimals");
        if (!places) return false;
        if (*places < 0 || *places > max_decimals) {
            fields_.diags().error(fields_.pos(n["decimals"]),
                                  fmt::format("'decimals' must be from 0 to {}, not {}", max_decimals, *places),
                                  "give the number of places shown after the decimal point, such as 'decimals: 1'");
            return false;
        }
        ind.decimals = *places;
        return true;
    }

    // 'disclosure:' an indicator's own rule, for figures not about people
    // at risk; the reason is required, as it goes in the disclosure report.
    bool read_disclosure(const YAML::Node& n, Indicator& ind) {
        const YAML::Node d = n["disclosure"];
        if (!d) return true;
        if (!d.IsMap()) {
            fields_.diags().error(fields_.pos(d), "'disclosure' is the indicator's own rule, with a reason",
                                  "for example 'disclosure: {min_count: 0, reason: Counts of staff, not of "
                                  "victims}'; see docs/disclosure.md");
            return false;
        }
        int before = fields_.diags().error_count();
        fields_.check_keys(d, disclosure_keys, "disclosure rule");
        IndicatorDisclosure rule;
        rule.pos = fields_.pos(d);
        if (auto text = fields_.string(d, "method")) {
            rule.method = parse_disclosure_method(*text);
            if (!rule.method) {
                fields_.diags().error(
                    fields_.pos(d["method"]), fmt::format("unknown disclosure method '{}'", *text),
                    did_you_mean(*text, {"none", "suppress", "round"}, "use none, suppress or round"));
            }
        }
        for (const char* key : {"min_count", "min_base"}) {
            if (!d[key]) continue;
            auto v = fields_.integer(d, key);
            if (v && *v < 0) {
                fields_.diags().error(fields_.pos(d[key]), fmt::format("'{}' cannot be below 0", key),
                                      "0 shows every figure, however small");
            } else if (v) {
                (key[4] == 'c' ? rule.min_count : rule.min_base) = *v;
            }
        }
        rule.reason = fields_.string(d, "reason").value_or("");
        if (rule.reason.find_first_not_of(" \t") == std::string::npos) {
            fields_.diags().error(rule.pos, "an indicator's own disclosure rule needs a 'reason'",
                                  "say why its figures cannot identify anyone, such as 'reason: Counts of staff, "
                                  "not of victims or suspects'; it is listed in the disclosure report");
        }
        if (fields_.diags().error_count() > before) return false;
        ind.disclosure = std::move(rule);
        return true;
    }

    bool read_polarity(const YAML::Node& n, Indicator& ind) {
        auto text = fields_.string(n, "polarity", true);
        if (!text) return false;
        if (auto p = parse_polarity(*text)) {
            ind.polarity = *p;
            return true;
        }
        fields_.diags().error(
            fields_.pos(n["polarity"]), fmt::format("unknown polarity '{}'", *text),
            did_you_mean(*text, polarity_names(), "use higher_is_better, lower_is_better or neutral"));
        return false;
    }

    bool read_frequency(const YAML::Node& n, Indicator& ind) {
        auto text = fields_.string(n, "frequency");
        if (!text || *text == "quarter") return true;
        if (*text == "month")
            ind.frequency = PeriodKind::month;
        else if (*text == "financial_year")
            ind.frequency = PeriodKind::financial_year;
        else {
            fields_.diags().error(fields_.pos(n["frequency"]), fmt::format("unknown frequency '{}'", *text),
                                  "use quarter, month or financial_year");
            return false;
        }
        return true;
    }

    bool read_aim_ref(const YAML::Node& n, Indicator& ind) {
        auto aim = fields_.string(n, "aim", true);
        if (!aim) return false;
        ind.aim = *aim;
        if (aim_ids_.count(*aim)) return true;
        std::vector<std::string> ids(aim_ids_.begin(), aim_ids_.end());
        fields_.diags().error(fields_.pos(n["aim"]), fmt::format("no aim called '{}'", *aim),
                              did_you_mean(*aim, ids, "list it under 'aims:' first"));
        return false;
    }

    bool read_breakdown_refs(const YAML::Node& n, Indicator& ind) {
        ind.breakdowns = fields_.string_list(n, "breakdowns");
        bool ok = true;
        for (std::size_t i = 0; i < ind.breakdowns.size(); ++i) {
            if (cat_.breakdowns.count(ind.breakdowns[i])) continue;
            std::vector<std::string> ids(breakdown_ids_.begin(), breakdown_ids_.end());
            fields_.diags().error(fields_.pos(n["breakdowns"][i]),
                                  fmt::format("no breakdown called '{}'", ind.breakdowns[i]),
                                  did_you_mean(ind.breakdowns[i], ids, "list it under 'breakdowns:' first"));
            ok = false;
        }
        return ok;
    }

    // 'parts' may name indicators defined later, so they are checked at the end.
    void check_parts() {
        for (const auto& [parts, pos] : parts_pos_) {
            for (const auto& id : parts) {
                if (indicator_ids_.count(id)) continue;
                std::vector<std::string> ids(indicator_ids_.begin(), indicator_ids_.end());
                fields_.diags().error(pos, fmt::format("'parts' names '{}', which is not an indicator", id),
                                      did_you_mean(id, ids, "list the ids of the indicators that add up to this one"));
            }
        }
    }

    // 'numerator', 'denominator' and 'year_to_date' may name indicators
    // defined later, so they are checked at the end, with the units they join.
    void check_relations() {
        cat_.build_index();
        for (const auto& r : relations_) {
            const Indicator* ind = cat_.indicator(r.indicator);
            const Indicator* of = cat_.indicator(r.of);
            if (!ind) continue;
            if (!of) {
                fields_.diags().error(r.pos, fmt::format("'{}' names '{}', which is not an indicator", r.key, r.of),
                                      did_you_mean(r.of, cat_.indicator_ids(), "name the count these figures are"));
                continue;
            }
            if (of->unit != Unit::count || of->id == ind->id) {
                fields_.diags().error(
                    r.pos,
                    fmt::format("'{}' must name another indicator counted in numbers, and '{}' is {}", r.key, r.of,
                                of->id == ind->id ? "this one" : "a " + unit_name(of->unit)),
                    "name the count whose figures these are, such as 'charges'");
                continue;
            }
            bool year = std::string(r.key) == "year_to_date";
            if (!year && ind->unit != Unit::percentage) {
                fields_.diags().error(
                    r.pos,
                    fmt::format("'{}' belongs to a percentage, and '{}' is a {}", r.key, ind->id, unit_name(ind->unit)),
                    "remove it, or use 'parts' for counts that add up to this one");
            }
            if (year && (ind->unit != Unit::count || of->frequency == PeriodKind::financial_year ||
                         (of->frequency == PeriodKind::quarter && ind->frequency == PeriodKind::month))) {
                fields_.diags().error(r.pos,
                                      fmt::format("'{}' cannot be the year-to-date total of '{}'", ind->id, r.of),
                                      "a year-to-date count adds up a count reported each month or quarter, from "
                                      "April to the end of its own period");
            }
        }
    }

    // An indicator under its own rule must not add up with, or share figures
    // with, another: its figures, shown by its rule, could give away the
    // other's hidden ones. candour does not guess which rule should win.
    void check_own_rules() {
        std::map<std::string, std::set<std::string>> linked;
        for (const auto& ind : cat_.indicators) {
            std::vector<std::string> others = ind.parts;
            for (const auto* of : {&ind.numerator_of, &ind.denominator_of, &ind.year_to_date_of}) {
                if (!of->empty()) others.push_back(*of);
            }
            for (const auto& o : others) {
                linked[ind.id].insert(o);
                linked[o].insert(ind.id);
            }
        }
        for (const auto& ind : cat_.indicators) {
            if (!ind.disclosure || linked[ind.id].empty()) continue;
            fields_.diags().error(ind.disclosure->pos,
                                  fmt::format("'{}' has its own disclosure rule but is joined to {} by 'parts', "
                                              "'numerator', 'denominator' or 'year_to_date'",
                                              ind.id, fmt::join(linked[ind.id], ", ")),
                                  "its figures could give away the other's hidden ones: remove its 'disclosure' "
                                  "rule, or the relation");
        }
    }

    struct Relation {
        std::string indicator;
        const char* key;
        std::string of;
        SourcePos pos;
    };

    YamlFields& fields_;
    Catalogue& cat_;
    std::vector<Relation> relations_;
    std::vector<std::pair<std::string, SourcePos>> crossings_;
    std::vector<std::pair<std::vector<std::string>, SourcePos>> parts_pos_;
    std::set<std::string> aim_ids_, breakdown_ids_, indicator_ids_;
};

}  // namespace

Catalogue load_kpi_catalogue(const FileSystem& fs, Diagnostics& diags, const TextLanguage* language) {
    Catalogue cat;
    cat.file = kpi_catalogue_file;
    cat.readable = false;  // until it is
    auto text = read_text_file(fs, kpi_catalogue_file, diags);
    if (!text) return cat;
    YamlSource src{kpi_catalogue_file, *text, 0};
    auto root = parse_yaml(src, *text, diags);
    if (!root) return cat;
    YamlFields fields(src, diags, language);
    if (!root->IsMap()) {
        diags.error(src.start(), "the catalogue must have 'aims:', 'breakdowns:' and 'indicators:'",
                    "see docs/kpi-data.md for an example");
        return cat;
    }
    cat.readable = true;
    CatalogueReader(fields, cat).read(*root);
    cat.build_index();
    return cat;
}

bool has_kpi_data(const FileSystem& fs) {
    return !fs.list_files(kpi_dir).empty();
}

}  // namespace candour
