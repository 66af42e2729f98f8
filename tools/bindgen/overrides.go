package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
)

// Override kinds understood in overrides.toml. Each entry names a declaration of the
// package whose section it is in: "Func", "Type.Method", "Interface.Method", "Type" or
// "Name" (constants, variables), and for mutates_param "Func(param)". A "*" is a glob
// (path.Match syntax); "skip = [\"*\"]" skips a whole package.
var overrideKinds = []string{
	"nilable_return",      // pointer/interface result may be nil: Option<Ref<T>> / Option<I>
	"non_nilable_return",  // result is never nil, although the name heuristic says it may be
	"direct_error",        // a lone error result is a value, not a failure: plain `error`
	"nilable_error",       // a lone error result is nil for "none": Option<error>
	"partial_result",      // (T, error) where both may be set: Partial<T, error>
	"bool_as_flag",        // (T, bool) where the bool is a flag: kept as a tuple
	"comma_ok",            // (T, bool) where the bool means presence, although named otherwise
	"mutates_param",       // the function writes into the named slice/map parameter: `mut`
	"allow_unused_result", // callers routinely discard the result: #[allow(unused_result)]
	"non_nilable_field",   // a pointer/interface/func field documented never nil: no Option
	"never_returns",       // the function never returns (os.Exit, log.Fatal): -> Never
	"nilable_param",       // the pointer/interface parameter accepts nil: Option<…>
	"skip",                // do not declare (reason required)
}

// OverrideEntry is one hand-reviewed entry.
type OverrideEntry struct {
	Pkg, Kind, Target, Reason string
	Line                      int
	used                      bool
}

// Overrides is the parsed overrides file.
type Overrides struct {
	File    string
	Entries []*OverrideEntry
	byPkg   map[string]map[string][]*OverrideEntry // pkg -> kind -> entries
}

// LoadOverrides reads the overrides file (a small TOML subset, see README.md).
func LoadOverrides(file string) (*Overrides, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseOverrides(file, f)
}

// ParseOverrides parses the TOML subset:
//
//	["encoding/json"]                 # a section per package (quoted import path)
//	direct_error = [
//	  "Errorf",                       # reason: one comment per entry, required
//	]
//	skip = ["Foo"]  # reason          # one-line form: the line's comment is the reason
func ParseOverrides(name string, r io.Reader) (*Overrides, error) {
	o := &Overrides{File: name, byPkg: map[string]map[string][]*OverrideEntry{}}
	known := map[string]bool{}
	for _, k := range overrideKinds {
		known[k] = true
	}
	sc := bufio.NewScanner(r)
	lineNo := 0
	pkg := ""
	kind := "" // inside a multi-line array when != ""
	kindLine := 0
	fail := func(format string, args ...any) error {
		return fmt.Errorf("%s:%d: %s", name, lineNo, fmt.Sprintf(format, args...))
	}
	add := func(target, reason string) error {
		if pkg == "" {
			return fail("entry outside a package section")
		}
		if strings.TrimSpace(reason) == "" {
			return fail("entry %q has no reason comment", target)
		}
		if (kind == "mutates_param" || kind == "nilable_param") && !strings.HasSuffix(target, ")") {
			return fail("%s entry %q must name the parameter: Func(param)", kind, target)
		}
		e := &OverrideEntry{Pkg: pkg, Kind: kind, Target: target, Reason: strings.TrimSpace(reason), Line: lineNo}
		o.Entries = append(o.Entries, e)
		if o.byPkg[pkg] == nil {
			o.byPkg[pkg] = map[string][]*OverrideEntry{}
		}
		o.byPkg[pkg][kind] = append(o.byPkg[pkg][kind], e)
		return nil
	}
	for sc.Scan() {
		lineNo++
		raw := sc.Text()
		code, comment := splitComment(raw)
		code = strings.TrimSpace(code)
		if kind != "" {
			// inside an array: `"Target",  # reason` or `]`
			if code == "]" {
				kind = ""
				continue
			}
			if code == "" {
				continue
			}
			s := strings.TrimSuffix(code, ",")
			t, err := strconv.Unquote(strings.TrimSpace(s))
			if err != nil {
				return nil, fail("expected a quoted name, got %q", code)
			}
			if err := add(t, comment); err != nil {
				return nil, err
			}
			continue
		}
		if code == "" {
			continue
		}
		if strings.HasPrefix(code, "[") && strings.HasSuffix(code, "]") && !strings.Contains(code, "=") {
			p, err := strconv.Unquote(strings.TrimSpace(code[1 : len(code)-1]))
			if err != nil {
				return nil, fail("section header must be a quoted import path: %s", code)
			}
			pkg = p
			continue
		}
		eq := strings.Index(code, "=")
		if eq < 0 {
			return nil, fail("expected `kind = [...]`, got %q", code)
		}
		k := strings.TrimSpace(code[:eq])
		if !known[k] {
			return nil, fail("unknown override kind %q", k)
		}
		v := strings.TrimSpace(code[eq+1:])
		if !strings.HasPrefix(v, "[") {
			return nil, fail("value of %s must be an array", k)
		}
		kind = k
		kindLine = lineNo
		if v == "[" {
			continue
		}
		if !strings.HasSuffix(v, "]") {
			return nil, fail("unterminated one-line array")
		}
		for _, part := range strings.Split(v[1:len(v)-1], ",") {
			part = strings.TrimSpace(part)
			if part == "" {
				continue
			}
			t, err := strconv.Unquote(part)
			if err != nil {
				return nil, fail("expected a quoted name, got %q", part)
			}
			if err := add(t, comment); err != nil {
				return nil, err
			}
		}
		kind = ""
	}
	if kind != "" {
		return nil, fmt.Errorf("%s:%d: unterminated array", name, kindLine)
	}
	return o, sc.Err()
}

// splitComment splits a line at the first '#' outside a quoted string.
func splitComment(s string) (code, comment string) {
	inStr := false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			if inStr {
				i++
			}
		case '"':
			inStr = !inStr
		case '#':
			if !inStr {
				return s[:i], s[i+1:]
			}
		}
	}
	return s, ""
}

// Has reports whether an entry of kind in pkg matches target, marking it used.
func (o *Overrides) Has(pkg, kind, target string) bool {
	return o.Find(pkg, kind, target) != nil
}

// Find returns the first matching entry (marking it used) or nil.
func (o *Overrides) Find(pkg, kind, target string) *OverrideEntry {
	if o == nil {
		return nil
	}
	for _, e := range o.byPkg[pkg][kind] {
		if ok, _ := path.Match(e.Target, target); ok {
			e.used = true
			return e
		}
	}
	return nil
}

// SkipsPackage returns the entry skipping the whole package, if any.
func (o *Overrides) SkipsPackage(pkg string) *OverrideEntry {
	if o == nil {
		return nil
	}
	for _, e := range o.byPkg[pkg]["skip"] {
		if e.Target == "*" {
			e.used = true
			return e
		}
	}
	return nil
}

// Unused lists entries that matched nothing among the given (generated) packages.
func (o *Overrides) Unused(generated map[string]bool) []string {
	var out []string
	if o == nil {
		return nil
	}
	for _, e := range o.Entries {
		if !e.used && generated[e.Pkg] {
			out = append(out, fmt.Sprintf("%s:%d: [%q] %s %q matched nothing", o.File, e.Line, e.Pkg, e.Kind, e.Target))
		}
	}
	sort.Strings(out)
	return out
}
