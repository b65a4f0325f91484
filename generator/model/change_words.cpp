#include "model/change_words.hpp"

#include <cmath>
#include <limits>

#include "charts/chart_text.hpp"
#include "kpi/format.hpp"
#include "messages/period_words.hpp"

namespace candour {

std::string change_amount(const Change& change, const Indicator& ind, const Messages& messages) {
    if (!change.absolute) return messages.text("change.amount.not_available");
    if (*change.absolute == 0) return messages.text("change.amount.none");
    bool up = *change.absolute > 0;
    double size = std::fabs(*change.absolute);
    std::string amount = format_number(size, ind.decimals);
    std::string dir = up ? "up" : "down";
    if (ind.unit == Unit::percentage) {
        return messages.plural("change.amount.points_" + dir, size, ind.decimals, {{"amount", amount}});
    }
    std::string relative = change.relative ? "_relative" : "";
    MessageArgs args{{"amount", amount}};
    if (change.relative) args.emplace_back("percent", format_number(std::fabs(*change.relative), 1));
    if (ind.unit == Unit::median_days) {
        return messages.plural("change.amount.days_" + dir + relative, size, ind.decimals, args);
    }
    return messages.text("change.amount." + dir + relative, args);
}

std::string change_sentence(const Change& change, const PublishedValue& from, const PublishedValue& to,
                            const Indicator& ind, const Messages& messages) {
    std::string from_period = period_label(change.from, messages);
    if (!change.absolute) return messages.text("change.sentence.not_comparable", {{"from_period", from_period}});
    if (*change.absolute == 0) {
        return messages.text("change.sentence.same",
                             {{"from_period", from_period}, {"to_value", display_value(to, ind)}});
    }
    return messages.text(*change.absolute > 0 ? "change.sentence.rose" : "change.sentence.fell",
                         {{"from_period", from_period},
                          {"from_value", display_value(from, ind)},
                          {"to_value", display_value(to, ind)},
                          {"amount", change_amount(change, ind, messages)}});
}

std::string level_sentence(const Indicator& ind, const Period& period, const PublishedValue& value,
                           const Messages& messages) {
    std::string id = "indicator.level." + unit_name(ind.unit);  // as the catalogue names it
    MessageArgs args{{"period", period_label(period, messages)},
                     {"title", chart_text::lower_first(ind.title)},
                     {"value", display_value(value, ind)}};
    if (ind.unit != Unit::median_days) return messages.text(id, args);
    // A hidden median ("[c]") is no number: NaN takes the "other" form.
    double n = value.has_number() ? value.number() : std::numeric_limits<double>::quiet_NaN();
    return messages.plural(id, n, ind.decimals, args);
}

std::string judgement_words(const Change& change, const Messages& messages) {
    if (change.judgement == "improved") return messages.text("judgement.improved");
    if (change.judgement == "worsened") return messages.text("judgement.worsened");
    return "";
}

std::string polarity_sentence(Polarity p, const Messages& messages) {
    switch (p) {
        case Polarity::higher_is_better:
            return messages.text("polarity.higher_is_better");
        case Polarity::lower_is_better:
            return messages.text("polarity.lower_is_better");
        case Polarity::neutral:
            break;
    }
    return messages.text("polarity.neutral");
}

}  // namespace candour
