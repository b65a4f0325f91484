#include "model/progress_words.hpp"

#include "messages/period_words.hpp"
#include "model/theme_text.hpp"

namespace candour {

namespace {

const char* item_id(ItemKind kind) {
    switch (kind) {
        case ItemKind::area_for_improvement:
            return "item.area_for_improvement";
        case ItemKind::cause_of_concern:
            return "item.cause_of_concern";
        case ItemKind::recommendation:
            break;
    }
    return "item.recommendation";
}

const char* progress_id(ProgressOf what) {
    switch (what) {
        case ProgressOf::responses:
            return "progress.responses";
        case ProgressOf::actions:
            return "progress.actions";
        case ProgressOf::areas_for_improvement:
            return "progress.areas_for_improvement";
        case ProgressOf::causes_of_concern:
            return "progress.causes_of_concern";
        case ProgressOf::recommendations:
            break;
    }
    return "progress.recommendations";
}

std::string theme_id(const Theme& theme) {
    std::string id = "finding.theme." + theme.id;
    for (char& c : id) c = c == '-' ? '_' : c;
    return id;
}

std::string count_text(std::size_t n, const Messages& messages) {
    return number_label(static_cast<long long>(n), messages);
}

}  // namespace

std::string status_label(Progress p, StatusWords words, const Messages& messages) {
    bool findings = words == StatusWords::findings;
    switch (p) {
        case Progress::finished:
            return messages.text(findings ? "status.done" : "status.complete");
        case Progress::in_progress:
            return messages.text("status.in_progress");
        case Progress::not_started:
            return messages.text(findings ? "status.planned" : "status.not_started");
        case Progress::closed:
            break;
    }
    return messages.text("status.closed");
}

ProgressOf progress_of(ItemKind kind) {
    switch (kind) {
        case ItemKind::area_for_improvement:
            return ProgressOf::areas_for_improvement;
        case ItemKind::cause_of_concern:
            return ProgressOf::causes_of_concern;
        case ItemKind::recommendation:
            break;
    }
    return ProgressOf::recommendations;
}

std::string progress_summary(const std::vector<Progress>& statuses, ProgressOf what, const Messages& messages) {
    std::size_t counts[4] = {0, 0, 0, 0};
    for (Progress p : statuses) ++counts[static_cast<int>(p)];
    std::string done =
        messages.plural(progress_id(what), static_cast<double>(statuses.size()), 0,
                        {{"done", count_text(counts[2], messages)}, {"total", count_text(statuses.size(), messages)}});
    std::vector<std::string> others;
    auto add = [&](std::size_t n, const char* id) {
        if (n) others.push_back(messages.text(id, {{"count", count_text(n, messages)}}));
    };
    add(counts[1], "progress.part.in_progress");
    add(counts[0], what == ProgressOf::responses ? "progress.part.planned" : "progress.part.not_started");
    // Ended without being done: never counted with the finished ones.
    add(counts[3], "progress.part.closed");
    if (others.empty()) return done;
    return messages.text("progress.with_others", {{"done", done}, {"others", list_label(others, messages)}});
}

std::string list_label(const std::vector<std::string>& items, const Messages& messages) {
    if (items.empty()) return "";
    std::string out = items.back();
    for (std::size_t i = items.size() - 1; i-- > 0;) {
        bool last_two = i + 2 == items.size();
        out = last_two ? messages.text("list.two", {{"first", items[i]}, {"last", out}})
                       : messages.text("list.more", {{"first", items[i]}, {"rest", out}});
    }
    return out;
}

std::string days_label(int days, const Messages& messages) {
    return messages.plural("duration.days", days, 0, {{"count", number_label(days, messages)}});
}

std::string item_label(ItemKind kind, const Messages& messages) {
    return messages.text(item_id(kind));
}

std::string item_title(ItemKind kind, const Messages& messages) {
    return messages.text(std::string(item_id(kind)) + ".title");
}

std::string item_others(ItemKind kind, const Messages& messages) {
    return messages.text(std::string(item_id(kind)) + ".others");
}

std::string item_count(ItemKind kind, std::size_t count, const Messages& messages) {
    return messages.plural(std::string(item_id(kind)) + ".count", static_cast<double>(count), 0,
                           {{"count", count_text(count, messages)}});
}

std::string timeliness_tag(const ResponseTimeliness& t, const Messages& messages) {
    switch (t.kind) {
        case ResponseTimeliness::Kind::on_time:
            return messages.text("response.tag.on_time");
        case ResponseTimeliness::Kind::late:
            return messages.text("response.tag.late");
        case ResponseTimeliness::Kind::due:
            return messages.text("response.tag.due");
        case ResponseTimeliness::Kind::overdue:
            break;
    }
    return messages.text("response.tag.overdue");
}

std::string timeliness_words(const ResponseTimeliness& t, const Messages& messages) {
    std::string deadline = date_label(t.deadline, messages);
    std::string days = days_label(t.days, messages);
    std::string limit = number_label(response_deadline_days, messages);
    switch (t.kind) {
        case ResponseTimeliness::Kind::on_time:
            return messages.text("response.on_time", {{"days", days_label(t.days_taken, messages)}, {"limit", limit}});
        case ResponseTimeliness::Kind::late:
            return messages.text("response.late",
                                 {{"days", days_label(t.days_taken, messages)}, {"late", days}, {"limit", limit}});
        case ResponseTimeliness::Kind::due:
            if (t.days == 0) return messages.text("response.due_today", {{"deadline", deadline}});
            return messages.plural("response.due", t.days, 0, {{"deadline", deadline}, {"days", days}});
        case ResponseTimeliness::Kind::overdue:
            break;
    }
    return messages.text("response.overdue", {{"days", days}, {"deadline", deadline}});
}

std::string theme_title(const Theme& theme, const Messages& messages) {
    return messages.text(theme_id(theme));
}

std::string theme_summary(const Theme& theme, const Messages& messages) {
    return messages.text(theme_id(theme) + ".summary");
}

std::string updated_html(const Date& date, const Messages& messages) {
    return message_html(messages, "page.status.updated", {{"date", time_html(date.iso(), date_label(date, messages))}});
}

}  // namespace candour
