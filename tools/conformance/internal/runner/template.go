package runner

import (
	"strings"
)

// The placeholders of a compiler command template.
const (
	FilePlaceholder = "{file}"
	OutPlaceholder  = "{out}"
)

// Expand fills a compiler command template: {file} becomes the case path and
// {out} the output directory. A path is inserted as is when it holds only
// characters the shell takes literally, and single-quoted otherwise, so that
// templates may also write '{file}'.
func Expand(template, file, out string) string {
	return strings.NewReplacer(FilePlaceholder, shellWord(file), OutPlaceholder, shellWord(out)).Replace(template)
}

// shellWord returns s as one sh word.
func shellWord(s string) string {
	if s != "" && strings.Trim(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+=.,:/@%") == "" {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
