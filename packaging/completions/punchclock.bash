# SPDX-License-Identifier: GPL-3.0-or-later
# Bash completion for punchclock: the verbs, their options, and --server/--focus-organization.
_punchclock()
{
    local cur prev verb i
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    verb=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        case "${COMP_WORDS[i]}" in
        --server | --focus-organization | -p | --project | -t | --tag) ((i++)) ;;
        -*) ;;
        *) verb="${COMP_WORDS[i]}"; break ;;
        esac
    done
    case "$prev" in
    --server | --focus-organization | -p | --project | -t | --tag) return 0 ;;
    esac
    case "$verb" in
    "") COMPREPLY=($(compgen -W "start stop toggle continue status today list --server --focus-organization --help --version" -- "$cur")) ;;
    start) COMPREPLY=($(compgen -W "--project --tag --server" -- "$cur")) ;;
    status | today) COMPREPLY=($(compgen -W "--json --server" -- "$cur")) ;;
    list) COMPREPLY=($(compgen -W "--week --json --server" -- "$cur")) ;;
    *) COMPREPLY=($(compgen -W "--server" -- "$cur")) ;;
    esac
}
complete -F _punchclock punchclock
