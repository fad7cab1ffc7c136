#!/usr/bin/env bash
# Writes the manual pages of both programs from their own --help, so they cannot drift:
#   make-manpages.sh CLI GUI OUTDIR VERSION
# campaign-planner-cli.1: every command of `campaign-planner-cli --help` with its
# `COMMAND --help`; campaign-planner.1: every option and argument of `campaign-planner --help`.
# Each page is also written gzipped (gzip -9n), as Debian installs manual pages.
set -euo pipefail
cli=$1 gui=$2 out=$3 version=$4
mkdir -p "$out"
# The programs must not leave anything behind or depend on a display.
export QT_QPA_PLATFORM=offscreen ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0
tmp_home=$(mktemp -d)
trap 'rm -rf "$tmp_home"' EXIT
export HOME=$tmp_home XDG_RUNTIME_DIR=$tmp_home

# Text as roff reads it: backslashes, minus signs, quotes, and lines that start with a dot.
roff() {
  sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e 's/“/\\(lq/g' -e 's/”/\\(rq/g' -e 's/’/\\(aq/g' \
      -e "s/^\\([.']\\)/\\\\\\&\\1/"
}

header() { # NAME DESCRIPTION
  local upper
  upper=$(tr '[:lower:]' '[:upper:]' <<< "$1")
  printf '.TH %s 1 "" "Campaign Planner %s" "User Commands"\n' "$upper" "$version"
  printf '.SH NAME\n%s \\- %s\n' "$(roff <<< "$1")" "$2"
}

cli_page() {
  local help
  help=$("$cli" --help)
  header campaign-planner-cli "plan influencer and KOL campaigns from the command line"
  printf '.SH SYNOPSIS\n.B campaign\\-planner\\-cli\n[\\fB\\-\\-db\\fR \\fIFILE\\fR] \\fICOMMAND\\fR [\\fIOPTIONS\\fR]\n'
  printf '.SH DESCRIPTION\n'
  printf 'Works on the campaign files of \\fBcampaign\\-planner\\fR(1): candidates, campaigns and their\n'
  printf 'shortlists, imports and exports. It speaks English, for scripts and logs.\n'
  printf '.PP\n.nf\n'
  sed -e 's/^Usage: [^ ]*/Usage: campaign-planner-cli/' <<< "$help" | roff
  printf '.fi\n.SH COMMANDS\n'
  # The command lines of the overview: two spaces, the command's words, two or more spaces, what it does.
  sed -n '/^Commands:/,/^[^ ]/p' <<< "$help" | grep '^  ' | while IFS= read -r line; do
    local words summary
    words=$(sed -E 's/^  ([a-z]+( [a-z]+)?) +.*/\1/' <<< "$line")
    summary=$(sed -E 's/^  [a-z]+( [a-z]+)? +//' <<< "$line")
    printf '.SS "%s"\n%s\n.PP\n.nf\n' "$words" "$(roff <<< "$summary")"
    # shellcheck disable=SC2086 # the command's words are separate arguments
    "$cli" $words --help | sed -e 's/^Usage: [^ ]*/Usage: campaign-planner-cli/' | roff
    printf '.fi\n'
  done
  printf '.SH FILES\n.TP\n.I ~/.local/share/CampaignPlanner/campaign\\-planner/campaign\\-planner.sqlite\n'
  printf 'The campaign file used when \\fB\\-\\-db\\fR is not given (the one the program last used).\n'
  printf '.SH "EXIT STATUS"\n0 on success, 1 on a user error (the message goes to standard error),\n'
  printf '2 on a usage error.\n.SH "SEE ALSO"\n\\fBcampaign\\-planner\\fR(1)\n'
}

gui_page() {
  local help
  help=$("$gui" --help)
  header campaign-planner "plan influencer and KOL campaigns"
  printf '.SH SYNOPSIS\n.B campaign\\-planner\n[\\fIOPTIONS\\fR] [\\fIFILE\\fR]\n'
  printf '.SH DESCRIPTION\n%s\n' "$(sed -n 2p <<< "$help" | roff)"
  printf 'It compares content creators, influencers, KOLs and KOCs for a campaign: reach,\n'
  printf 'engagement and cost. The interface speaks English, Vietnamese, Indonesian and Persian.\n'
  # Each option or argument: two spaces, its names, two or more spaces, what it does.
  local section
  while IFS= read -r line; do
    case $line in
      Options:) printf '.SH OPTIONS\n' ;;
      Arguments:) printf '.SH ARGUMENTS\n' ;;
      "  "*)
        printf '.TP\n.B %s\n%s\n' "$(sed -E 's/^  (.*[^ ])  +.*/\1/' <<< "$line" | roff)" \
          "$(sed -E 's/^  .*[^ ]  +//' <<< "$line" | roff)" ;;
    esac
  done <<< "$help"
  printf '.SH FILES\n.TP\n.I ~/.local/share/CampaignPlanner/campaign\\-planner/campaign\\-planner.sqlite\n'
  printf 'The campaign file opened when none is named; the first start fills it with demo candidates.\n'
  printf '.SH "SEE ALSO"\n\\fBcampaign\\-planner\\-cli\\fR(1)\n'
}

cli_page > "$out/campaign-planner-cli.1"
gui_page > "$out/campaign-planner.1"
for page in campaign-planner-cli.1 campaign-planner.1; do
  gzip -9n -c "$out/$page" > "$out/$page.gz"
done
