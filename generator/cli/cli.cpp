#include "cli/cli.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <filesystem>

#include "build/build.hpp"
#include "build/release.hpp"
#include "cli/audit_command.hpp"
#include "io/data_dir.hpp"
#include "serve/serve.hpp"
#include "write/write.hpp"

namespace candour {

namespace {

std::string plural(int n, const char* word) {
    return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s");
}

int report_problems(const Diagnostics& diags, std::ostream& err) {
    for (const auto& d : diags.sorted()) err << format_diagnostic(d) << "\n";
    return diags.has_errors() ? exit_content_errors : exit_ok;
}

int run_build(const BuildOptions& options, std::ostream& out, std::ostream& err) {
    auto started = std::chrono::steady_clock::now();
    std::string output = output_dir_of(options);
    if (options.write) {
        if (auto reason = unsafe_output_reason(output, options.source_dir, options.themes_dir); !reason.empty()) {
            err << "candour: " << reason << "\n";
            return exit_usage;
        }
    }
    Diagnostics diags;
    BuildReport report = build_site(options, diags);
    int code = report_problems(diags, err);
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::string warnings = plural(diags.warning_count(), "warning");
    if (code != exit_ok) {
        err << fmt::format("candour: {} failed with {} and {}; {} was not changed\n", options.write ? "build" : "check",
                           plural(diags.error_count(), "error"), warnings, output);
        return code;
    }
    if (options.write) {
        out << fmt::format("candour: wrote {} ({}) to {} in {:.2f} s, {}\n", plural(report.pages, "page"),
                           plural(report.files, "file"), output, seconds, warnings);
        if (report.search.built) {
            out << fmt::format("candour: search index of {} built in {:.2f} s\n", plural(report.search.pages, "page"),
                               report.search.seconds);
        }
        if (report.pdf.files > 0) {
            out << fmt::format("candour: {} printed by Chromium {} in {:.2f} s\n",
                               plural(report.pdf.files, "report PDF"), report.pdf.chromium, report.pdf.seconds);
        }
        if (report.suppressed > 0 || report.approvals > 0) {
            out << fmt::format("candour: {} hidden by disclosure control, {}; see {}\n",
                               plural(report.suppressed, "figure"), plural(report.approvals, "privacy approval"),
                               report.disclosure_report);
        }
    } else {
        out << fmt::format("candour: checked {} in {:.2f} s: no errors, {}\n", plural(report.pages, "page"), seconds,
                           warnings);
    }
    return exit_ok;
}

int run_release(const BuildOptions& options, const std::string& period_text, std::ostream& out, std::ostream& err) {
    auto period = Period::parse(period_text);
    if (!period) {
        err << fmt::format("candour: '{}' is not a period; write it as in the KPI tables, such as \"2024-25 Q2\"\n",
                           period_text);
        return exit_usage;
    }
    Diagnostics diags;
    ReleaseReport report = release_period(options, *period, diags);
    int code = report_problems(diags, err);
    if (code != exit_ok) {
        err << fmt::format("candour: release of {} failed with {}; nothing was written\n", period->code(),
                           plural(diags.error_count(), "error"));
        return code;
    }
    out << fmt::format("candour: released {}: {} frozen in {}; add the folder to version control\n", period->code(),
                       plural(report.files, "file"), report.folder);
    return exit_ok;
}

}  // namespace

int run_cli(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    CLI::App app{"candour: builds accessible transparency reports on rape and serious sexual offences", "candour"};
    app.set_version_flag("--version", std::string("candour ") + CANDOUR_VERSION);
    app.require_subcommand(1);
    BuildOptions options;

    auto add_common = [&](CLI::App* cmd) {
        cmd->add_option("--source", options.source_dir, "the site's folder (holding site.yaml)")
            ->check(CLI::ExistingDirectory);
        cmd->add_option("-j,--jobs", options.jobs, "threads to render with (default: one per core)")
            ->check(CLI::NonNegativeNumber);
        cmd->add_option("--cache-dir", options.cache_dir,
                        "where to keep drawn charts between runs (default: $XDG_CACHE_HOME/candour/<source folder "
                        "name>-<hash>, or ~/.cache/candour/...)");
    };
    CLI::App* build = app.add_subcommand("build", "check everything and write the site");
    add_common(build);
    build->add_option("--output", options.output_dir, "where to write the site (default: <source>/site)");
    build->add_option("--report-dir", options.report_dir,
                      "where to write the disclosure report, a folder that is never published (default: "
                      "<source>/reports)");
    build->add_flag("--no-search{false}", options.search.enabled,
                    "publish without a search index (the search page then links to the A to Z)");
    build->add_flag("--pdf", options.pdf.enabled,
                    "print a tagged PDF of each quarterly report beside it, for panel papers (needs Chromium; "
                    "site.yaml 'pdf: true' does the same)");
    CLI::App* check = app.add_subcommand("check", "check everything, write nothing");
    add_common(check);
    ServeOptions serve_options;
    CLI::App* serve_cmd =
        app.add_subcommand("serve", "preview the site in a browser; pages update as you save, drafts included");
    add_common(serve_cmd);
    serve_cmd->add_option("--port", serve_options.port, "port to serve on (default 1313; 0: any free port)")
        ->check(CLI::Range(0, 65535));
    serve_cmd
        ->add_option("--bind", serve_options.bind,
                     "address to serve on (default 127.0.0.1: this computer only; 0.0.0.0: every network)")
        ->check(CLI::Validator(
            [](std::string& address) {
                return is_bind_address(address) ? std::string() : "'" + address + "' is not an IP address";
            },
            "ADDRESS"));

    std::string release_period_text;
    CLI::App* release_cmd = app.add_subcommand(
        "release", "freeze one period's report and downloads into releases/, published unchanged from then on");
    add_common(release_cmd);
    release_cmd->add_option("--period", release_period_text, "the period to release, such as \"2024-25 Q2\"")
        ->required();

    AuditOptions audit_options;
    CLI::App* audit_cmd = app.add_subcommand(
        "audit", "attack a published site's downloads as a reader would: can any hidden figure be worked out?");
    audit_cmd->add_option("SITE_DIR", audit_options.site_dir, "the published site's folder")->required();
    audit_cmd
        ->add_option("--source", audit_options.source_dir,
                     "the site's source folder, for its catalogue (default: SITE_DIR/data/disclosure.json)")
        ->check(CLI::ExistingDirectory);
    audit_cmd->add_option("-j,--jobs", audit_options.jobs, "threads (default: one per core)")
        ->check(CLI::NonNegativeNumber);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // --help and --version are "errors" to CLI11 that exit 0.
        int code = app.exit(e, out, err);
        return code == 0 ? exit_ok : exit_usage;
    }
    if (audit_cmd->parsed()) return run_audit(audit_options, out, err);
    // Every other command needs the themes and the Node.js tools installed with candour.
    if (const DataDirSearch& data = data_dir_search(); data.found.empty()) {
        err << data_dir_problem(data);
        return exit_usage;
    }
    if (release_cmd->parsed()) return run_release(options, release_period_text, out, err);
    if (serve_cmd->parsed()) {
        serve_options.source_dir = options.source_dir;
        serve_options.jobs = options.jobs;
        serve_options.cache_dir = options.cache_dir;
        return serve(serve_options, out, err);
    }
    options.write = build->parsed();
    return run_build(options, out, err);
}

}  // namespace candour
