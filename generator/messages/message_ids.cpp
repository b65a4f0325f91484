#include "messages/message_ids.hpp"

#include <algorithm>

namespace candour {

const std::vector<MessageSpec>& message_specs() {
    // Sentences about one indicator, one set for each kind of figure: a
    // count's subject is "the number of ...", a median's is "the median
    // for ...", and the rest "stood at", so the verb agrees whatever the
    // indicator's title (plural "Charges", singular "Charge rate").
    static const std::vector<MessageSpec> specs = {
        {"indicator.level.count", {"period", "title", "value"}, {}},
        {"indicator.level.percentage", {"period", "title", "value"}, {}},
        {"indicator.level.median_days", {"period", "title", "value"}, "value"},
        {"indicator.level.rate", {"period", "title", "value"}, {}},
        {"indicator.level.score", {"period", "title", "value"}, {}},
        {"indicator.no_figures", {"title"}, {}},
        {"change.sentence.rose", {"from_period", "from_value", "to_value", "amount"}, {}},
        {"change.sentence.fell", {"from_period", "from_value", "to_value", "amount"}, {}},
        {"change.sentence.same", {"from_period", "to_value"}, {}},
        {"change.sentence.not_comparable", {"from_period"}, {}},
        {"change.amount.up", {"amount"}, {}},
        {"change.amount.down", {"amount"}, {}},
        {"change.amount.up_relative", {"amount", "percent"}, {}},
        {"change.amount.down_relative", {"amount", "percent"}, {}},
        {"change.amount.points_up", {"amount"}, "amount"},
        {"change.amount.points_down", {"amount"}, "amount"},
        {"change.amount.days_up", {"amount"}, "amount"},
        {"change.amount.days_down", {"amount"}, "amount"},
        {"change.amount.days_up_relative", {"amount", "percent"}, "amount"},
        {"change.amount.days_down_relative", {"amount", "percent"}, "amount"},
        {"change.amount.none", {}, {}},
        {"change.amount.not_available", {}, {}},
        {"judgement.improved", {}, {}},
        {"judgement.worsened", {}, {}},
        {"polarity.higher_is_better", {}, {}},
        {"polarity.lower_is_better", {}, {}},
        {"polarity.neutral", {}, {}},
    };
    return specs;
}

const MessageSpec* message_spec(std::string_view id) {
    const auto& specs = message_specs();
    auto it = std::find_if(specs.begin(), specs.end(), [&](const MessageSpec& s) { return s.id == id; });
    return it == specs.end() ? nullptr : &*it;
}

}  // namespace candour
