// The themes of the independent victim interviews, and the process areas
// findings are grouped by. A fixed list, so every force's pages use the same
// words and a misspelt theme is caught rather than becoming a new page.
#include "accountability/accountability.hpp"

namespace candour {

const std::vector<Theme>& finding_themes() {
    static const std::vector<Theme> themes = {
        {"respect", "Respect", "Whether victims and survivors felt believed and treated with dignity.", true},
        {"sensitivity", "Sensitivity", "Whether officers took account of how the offence affected the person.", true},
        {"knowledge", "Knowledge", "Whether officers knew the process and explained it clearly.", true},
        {"effectiveness", "Effectiveness", "Whether the investigation moved on and people were kept informed.", true},
        {"safety", "Safety", "Whether victims and survivors felt safe and were protected from further harm.", true},
        {"interview-rooms", "Video-recorded interview rooms", "The rooms where interviews are recorded.", false},
        {"sarc", "Sexual Assault Referral Centre", "Medical and forensic care at the SARC.", false},
        {"phone-download", "The phone-download form", "The form asking for consent to examine a mobile phone.", false},
        {"supporter", "Access to a supporter", "Having an adviser or a trusted person present.", false},
    };
    return themes;
}

const Theme* find_theme(const std::string& id) {
    for (const auto& t : finding_themes()) {
        if (t.id == id) return &t;
    }
    return nullptr;
}

}  // namespace candour
