#pragma once
// The typed-figure check. Disclosure control hides small figures in every
// table, chart and download, but nothing there stops an analyst typing one
// into a sentence ("only 2 cases for male victims were charged"). This check
// reads the words of the published pages, findings, trackers and action
// plans, and reports each number that equals a figure hidden for the period
// the text is about and stands in a sentence naming that figure's indicator
// or group (docs/disclosure.md, "Figures typed by hand").
//
// The hidden values never leave the disclose library: TypedFigureCheck holds
// them behind a pointer to a type only disclose/internal/ defines, and what
// it reports names the figure (indicator, period, group), never its value.
#include <memory>
#include <string>
#include <vector>

#include "accountability/accountability.hpp"
#include "diagnostics/diagnostics.hpp"
#include "io/file_system.hpp"
#include "kpi/period.hpp"
#include "load/content_file.hpp"
#include "messages/messages.hpp"

namespace candour {

// Published words as written in one source file.
struct WrittenText {
    std::string text;
    SourcePos start;  // where `text` starts in its file
    // True when `text` is the file's own characters from `start` on (a
    // page's Markdown body). False for a YAML value, whose indentation,
    // folding and quoting the loader removed: a number found in it is placed
    // by finding the text again in the file.
    bool verbatim = true;
    bool markdown = true;         // embeds, link targets and HTML tags are not read
    std::vector<Period> periods;  // the periods the text is about
    // Text about no one period (trackers, findings): every period's hidden
    // figures. Otherwise a sentence is also checked against each period it
    // names itself ("April to June 2024", "2024-25 Q1").
    bool every_period = false;
};

// A page's words: its body, title and summary, about the period its front
// matter names (if any).
std::vector<WrittenText> page_text(const ContentFile& file);
// The free text of findings (about every period), trackers (every period)
// and action plans (the plan's quarter).
std::vector<WrittenText> accountability_text(const Accountability& accountability);

struct HiddenFigures;  // disclose/internal/hidden_figures.hpp

class TypedFigureCheck {
public:
    TypedFigureCheck() = default;  // knows no hidden figure: finds nothing

    // One error per number in `texts` that gives a hidden figure away. `fs`
    // reads a YAML file again to place a number found in one of its values.
    // `catalogues`: the site's languages' catalogues, whose names of the
    // periods ("Gorffennaf i Fedi 2024") a sentence may use too.
    void check(const std::vector<WrittenText>& texts, const FileSystem& fs, Diagnostics& diags,
               const std::vector<const Messages*>& catalogues = {}) const;

private:
    friend TypedFigureCheck make_typed_figure_check(std::shared_ptr<const HiddenFigures> figures);
    std::shared_ptr<const HiddenFigures> figures_;
};

}  // namespace candour
