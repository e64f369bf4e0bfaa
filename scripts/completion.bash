# completion.bash - the bash completion function for wasmgate; the build
# puts the tables it reads (_wasmgate_commands, _wasmgate_opts[CMD],
# _wasmgate_args[CMD OPTION], _wasmgate_subs[CMD], _wasmgate_rule_ids) in
# front of it, generated from --help by scripts/gen-completion.sh.
#   word 1: a command, --help, --version
#   after an option that takes a value: files, directories or its values
#   -...: the command's options;  WG...: rule ids
#   word 2 of a command with sub-commands (rules check|list): those
#   anything else: files (.wasm plugins, rules files, keys)

_wasmgate_files()
{
	mapfile -t COMPREPLY < <(compgen -f -- "$1")
}

_wasmgate()
{
	local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
	local cmd=${COMP_WORDS[1]-} kind
	COMPREPLY=()
	if ((COMP_CWORD == 1)); then
		mapfile -t COMPREPLY < <(compgen -W "$_wasmgate_commands --help --version" -- "$cur")
		return 0
	fi
	kind=${_wasmgate_args["$cmd $prev"]-}
	case $kind in
	file) _wasmgate_files "$cur"; return 0 ;;
	dir) mapfile -t COMPREPLY < <(compgen -d -- "$cur"); return 0 ;;
	none) return 0 ;;
	=*) mapfile -t COMPREPLY < <(compgen -W "${kind#=}" -- "$cur"); return 0 ;;
	esac
	case $cur in
	-*) mapfile -t COMPREPLY < <(compgen -W "${_wasmgate_opts[$cmd]-} --help" -- "$cur"); return 0 ;;
	WG*) mapfile -t COMPREPLY < <(compgen -W "$_wasmgate_rule_ids" -- "$cur"); return 0 ;;
	esac
	if ((COMP_CWORD == 2)) && [ -n "${_wasmgate_subs[$cmd]-}" ]; then
		mapfile -t COMPREPLY < <(compgen -W "${_wasmgate_subs[$cmd]}" -- "$cur")
		return 0
	fi
	_wasmgate_files "$cur"
}
complete -o filenames -F _wasmgate wasmgate
