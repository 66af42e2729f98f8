package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// Baseline knows which standard-library API is newer than the project's Go baseline,
// read from GOROOT/api/go1.N.txt (the files the Go release process maintains). A
// declaration listed only in a file newer than the baseline is skipped, so that programs
// using the shipped declarations build with every Go toolchain the project supports.
type Baseline struct {
	Version  string          // e.g. "go1.25"
	newer    map[string]bool // keys "pkg kind name"
	old      map[string]bool // packages with API at or before the baseline
	newerPkg map[string]bool // packages with API only after the baseline
}

var apiFileRe = regexp.MustCompile(`^go1\.(\d+)\.txt$`)

// LoadBaseline reads GOROOT/api. version is "go1.N"; "" disables the filter.
func LoadBaseline(goroot, version string) (*Baseline, error) {
	if version == "" {
		return nil, nil
	}
	minor, err := strconv.Atoi(strings.TrimPrefix(version, "go1."))
	if err != nil || !strings.HasPrefix(version, "go1.") {
		return nil, fmt.Errorf("baseline must look like go1.N, got %q", version)
	}
	b := &Baseline{Version: version, newer: map[string]bool{}, old: map[string]bool{}, newerPkg: map[string]bool{}}
	entries, err := os.ReadDir(filepath.Join(goroot, "api"))
	if err != nil {
		return nil, fmt.Errorf("reading the API files of the toolchain: %w", err)
	}
	for _, e := range entries {
		name := e.Name()
		var m int
		if name == "go1.txt" {
			m = 0
		} else if sm := apiFileRe.FindStringSubmatch(name); sm != nil {
			m, _ = strconv.Atoi(sm[1])
		} else {
			continue
		}
		if err := b.read(filepath.Join(goroot, "api", name), m > minor); err != nil {
			return nil, err
		}
	}
	for p := range b.newerPkg {
		if b.old[p] {
			delete(b.newerPkg, p)
		}
	}
	return b, nil
}

func (b *Baseline) read(file string, newer bool) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if !strings.HasPrefix(line, "pkg ") || strings.Contains(line, "//deprecated") {
			continue
		}
		comma := strings.Index(line, ", ")
		if comma < 0 {
			continue
		}
		pkg := line[4:comma]
		if i := strings.Index(pkg, " ("); i >= 0 {
			plat := pkg[i+2 : len(pkg)-1]
			pkg = pkg[:i]
			if plat != "linux-amd64" {
				continue
			}
		}
		rest := line[comma+2:]
		if i := strings.Index(rest, " #"); i >= 0 {
			rest = rest[:i]
		}
		if !newer {
			b.old[pkg] = true
			continue
		}
		b.newerPkg[pkg] = true
		if key := apiKey(rest); key != "" {
			b.newer[pkg+" "+key] = true
		}
	}
	return sc.Err()
}

func identPrefix(s string) string {
	for i, r := range s {
		if !(r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127) {
			return s[:i]
		}
	}
	return s
}

// apiKey turns "func Name(…)", "method (*T[$0]) Name(…)", "type T struct, Field X",
// "type T interface, M()", "type T …", "const Name …", "var Name …" into a lookup key.
func apiKey(rest string) string {
	switch {
	case strings.HasPrefix(rest, "func "):
		return "func " + identPrefix(rest[5:])
	case strings.HasPrefix(rest, "method ("):
		r := rest[len("method ("):]
		end := strings.Index(r, ") ")
		if end < 0 {
			return ""
		}
		recv := identPrefix(strings.TrimPrefix(r[:end], "*"))
		return "method " + recv + "." + identPrefix(r[end+2:])
	case strings.HasPrefix(rest, "type "):
		r := rest[5:]
		name := identPrefix(r)
		r = r[len(name):]
		if strings.HasPrefix(r, "[") { // generic type parameters
			depth := 0
			for i, c := range r {
				if c == '[' {
					depth++
				} else if c == ']' {
					depth--
					if depth == 0 {
						r = r[i+1:]
						break
					}
				}
			}
		}
		if strings.HasPrefix(r, " struct, ") {
			return "field " + name + "." + identPrefix(r[len(" struct, "):])
		}
		if strings.HasPrefix(r, " interface, ") {
			return "method " + name + "." + identPrefix(r[len(" interface, "):])
		}
		return "type " + name
	case strings.HasPrefix(rest, "const "):
		return "const " + identPrefix(rest[6:])
	case strings.HasPrefix(rest, "var "):
		return "var " + identPrefix(rest[4:])
	}
	return ""
}

// NewPackage reports whether the whole package is newer than the baseline.
func (b *Baseline) NewPackage(pkg string) bool { return b != nil && b.newerPkg[pkg] }

// New reports whether pkg's declaration (kind: func, method, type, field, const, var;
// name: "Name" or "Type.Member") is newer than the baseline.
func (b *Baseline) New(pkg, kind, name string) bool {
	return b != nil && b.newer[pkg+" "+kind+" "+name]
}
