# SPDX-License-Identifier: GPL-3.0-or-later
# Fish completion for punchclock: the verbs and their options.
set -l verbs start stop toggle continue status today list
complete -c punchclock -f
complete -c punchclock -n "not __fish_seen_subcommand_from $verbs" -a start -d 'Start a timer'
complete -c punchclock -n "not __fish_seen_subcommand_from $verbs" -a stop -d 'Stop the running timer'
complete -c punchclock -n "not __fish_seen_subcommand_from $verbs" -a toggle -d 'Stop, or continue the last entry'
complete -c punchclock -n "not __fish_seen_subcommand_from $verbs" -a continue -d 'Start a copy of the last entry'
complete -c punchclock -n "not __fish_seen_subcommand_from $verbs" -a status -d 'What runs, and today\'s total'
complete -c punchclock -n "not __fish_seen_subcommand_from $verbs" -a today -d 'Today\'s entries'
complete -c punchclock -n "not __fish_seen_subcommand_from $verbs" -a list -d 'This week\'s entries'
complete -c punchclock -l server -r -d 'Toggl-compatible server'
complete -c punchclock -l focus-organization -r -d 'Toggl Focus organization ID'
complete -c punchclock -s h -l help -d 'Show help'
complete -c punchclock -s v -l version -d 'Show the version'
complete -c punchclock -n "__fish_seen_subcommand_from start" -s p -l project -r -d 'Project name'
complete -c punchclock -n "__fish_seen_subcommand_from start" -s t -l tag -r -d 'Tag (repeat for more)'
complete -c punchclock -n "__fish_seen_subcommand_from status today list" -l json -d 'Print JSON'
complete -c punchclock -n "__fish_seen_subcommand_from list" -l week -d 'This week'
