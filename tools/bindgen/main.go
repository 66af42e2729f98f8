// Command bindgen writes Lisette declaration files (.d.lis) for Go packages.
//
//	bindgen -out DIR [-overrides FILE] [-baseline go1.25] [-std | PKG...]
//
// With -std it declares every package of `go list std` except internal, vendor and cmd
// packages, packages that do not build for linux/amd64 without cgo, and packages skipped
// by the overrides file; it writes DIR/go/<import/path>.d.lis and DIR/REPORT.md. See
// README.md.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

// Config is one bindgen run.
type Config struct {
	GoRoot    string
	Overrides string
	Baseline  string            // "go1.25"; "" keeps everything
	Roots     map[string]string // extra import-path prefix -> dir (tests)
	Packages  []string          // explicit packages; nil with Std
	Std       bool
}

// Output is the result of a run: file contents by relative path (go/x/y.d.lis,
// REPORT.md), plus the report data.
type Output struct {
	Files  map[string][]byte
	Report *Report
}

// Run generates declarations in memory.
func Run(cfg Config) (*Output, error) {
	ov, err := LoadOverrides(cfg.Overrides)
	if err != nil {
		return nil, err
	}
	bl, err := LoadBaseline(cfg.GoRoot, cfg.Baseline)
	if err != nil {
		return nil, err
	}
	l := NewLoader(cfg.GoRoot, "linux", "amd64")
	for p, d := range cfg.Roots {
		l.AddRoot(p, d)
	}
	rep := &Report{GoVersion: releaseOf(goVersion(cfg.GoRoot)), Baseline: cfg.Baseline, Platform: "linux/amd64"}
	candidates := cfg.Packages
	if cfg.Std {
		std, err := listStd(cfg.GoRoot)
		if err != nil {
			return nil, err
		}
		candidates = append(std, candidates...)
	}
	// Decide which packages are declared.
	excluded := map[string]string{}
	exclude := func(p string) string {
		if r, ok := excluded[p]; ok {
			return r
		}
		r := ""
		switch {
		case isInternalPath(p):
			r = "internal or vendored package"
		case strings.HasPrefix(p, "cmd/"):
			r = "command (cmd/)"
		case ov.SkipsPackage(p) != nil:
			r = "override: " + ov.SkipsPackage(p).Reason
		case bl.NewPackage(p):
			r = "package newer than the Go baseline " + bl.Version
		default:
			pk := l.Load(p)
			if pk.Err != nil {
				r = "does not build for linux/amd64 without cgo: " + firstLine(pk.Err.Error())
			}
		}
		excluded[p] = r
		return r
	}
	included := func(p string) bool { return exclude(p) == "" }
	g := NewGen(l, ov, bl, included)
	out := &Output{Files: map[string][]byte{}, Report: rep}
	generated := map[string]bool{}
	sort.Strings(candidates)
	for _, p := range candidates {
		if generated[p] {
			continue
		}
		if r := exclude(p); r != "" {
			if !isInternalPath(p) && !strings.HasPrefix(p, "cmd/") {
				rep.SkippedPackages = append(rep.SkippedPackages, [2]string{p, r})
			}
			continue
		}
		generated[p] = true
		res := g.Generate(l.Load(p))
		out.Files["go/"+p+".d.lis"] = []byte(res.Text)
		rep.Packages = append(rep.Packages, res)
	}
	if unused := ov.Unused(generated); len(unused) > 0 {
		return nil, fmt.Errorf("overrides that match no declaration (fix or remove them):\n  %s", strings.Join(unused, "\n  "))
	}
	out.Files["REPORT.md"] = []byte(rep.Markdown())
	return out, nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

func goVersion(goroot string) string {
	b, err := os.ReadFile(filepath.Join(goroot, "VERSION"))
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0])
}

// releaseOf trims a toolchain version to its release ("go1.26.8" -> "go1.26"), so that a
// patch update of the toolchain does not make the report stale.
func releaseOf(v string) string {
	parts := strings.SplitN(v, ".", 3)
	if len(parts) < 2 {
		return v
	}
	return parts[0] + "." + parts[1]
}

// listStd runs `go list std` for linux/amd64 (with cgo on, so that packages that need
// cgo are listed and then excluded with a recorded reason).
func listStd(goroot string) ([]string, error) {
	cmd := exec.Command(filepath.Join(goroot, "bin", "go"), "list", "std")
	cmd.Env = append(os.Environ(), "GOOS=linux", "GOARCH=amd64", "CGO_ENABLED=1", "GOFLAGS=", "GOWORK=off", "GOROOT="+goroot)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list std: %v: %s", err, stderr.String())
	}
	return strings.Fields(string(b)), nil
}

// DefaultGoRoot asks the go command on PATH (or /usr/local/go) for GOROOT.
func DefaultGoRoot() string {
	if r := os.Getenv("GOROOT"); r != "" {
		return r
	}
	goBin := "go"
	if _, err := exec.LookPath(goBin); err != nil {
		goBin = "/usr/local/go/bin/go"
	}
	b, err := exec.Command(goBin, "env", "GOROOT").Output()
	if err != nil {
		return "/usr/local/go"
	}
	return strings.TrimSpace(string(b))
}

// WriteTree replaces DIR/go with the generated files and writes DIR/REPORT.md.
func WriteTree(dir string, out *Output) error {
	if err := os.RemoveAll(filepath.Join(dir, "go")); err != nil {
		return err
	}
	for _, rel := range sortedKeys(out.Files) {
		full := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(full, out.Files[rel], 0o644); err != nil {
			return err
		}
	}
	return nil
}

// Diff compares the generated files with DIR; it lists files that differ, are missing
// or are stale (present in DIR/go but no longer generated).
func Diff(dir string, out *Output) ([]string, error) {
	var diffs []string
	onDisk := map[string]bool{}
	root := filepath.Join(dir, "go")
	err := filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if !info.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			onDisk[filepath.ToSlash(rel)] = true
		}
		return nil
	})
	if err != nil && !os.IsNotExist(err) {
		return nil, err
	}
	if _, err := os.Stat(filepath.Join(dir, "REPORT.md")); err == nil {
		onDisk["REPORT.md"] = true
	}
	for _, rel := range sortedKeys(out.Files) {
		b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(rel)))
		switch {
		case err != nil:
			diffs = append(diffs, "missing: "+rel)
		case !bytes.Equal(b, out.Files[rel]):
			diffs = append(diffs, "differs: "+rel)
		}
		delete(onDisk, rel)
	}
	for _, rel := range sortedKeys(onDisk) {
		diffs = append(diffs, "stale (no longer generated): "+rel)
	}
	return diffs, nil
}

func main() {
	outDir := flag.String("out", "", "output directory (typedefs root: writes go/<path>.d.lis and REPORT.md)")
	overrides := flag.String("overrides", "overrides.toml", "overrides file")
	baseline := flag.String("baseline", "go1.25", "skip standard-library API newer than this Go release (\"\" keeps all)")
	goroot := flag.String("goroot", "", "GOROOT of the toolchain to read (default: `go env GOROOT`)")
	std := flag.Bool("std", false, "declare every standard-library package")
	check := flag.Bool("check", false, "do not write; exit 1 if -out differs from the generated files")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: bindgen -out DIR [-check] [-overrides FILE] [-baseline go1.N] (-std | PKG...)\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if *outDir == "" || (!*std && flag.NArg() == 0) {
		flag.Usage()
		os.Exit(2)
	}
	root := *goroot
	if root == "" {
		root = DefaultGoRoot()
	}
	out, err := Run(Config{GoRoot: root, Overrides: *overrides, Baseline: *baseline, Std: *std, Packages: flag.Args()})
	if err != nil {
		fmt.Fprintln(os.Stderr, "bindgen:", err)
		os.Exit(1)
	}
	if *check {
		diffs, err := Diff(*outDir, out)
		if err != nil {
			fmt.Fprintln(os.Stderr, "bindgen:", err)
			os.Exit(1)
		}
		if len(diffs) > 0 {
			fmt.Fprintf(os.Stderr, "bindgen: %d declaration files are stale; run tools/bindgen/regen.sh\n  %s\n", len(diffs), strings.Join(diffs, "\n  "))
			os.Exit(1)
		}
		fmt.Println("bindgen: declarations are up to date")
		return
	}
	if err := WriteTree(*outDir, out); err != nil {
		fmt.Fprintln(os.Stderr, "bindgen:", err)
		os.Exit(1)
	}
	t := out.Report.Totals()
	fmt.Printf("bindgen: %d packages, %d functions, %d types, %d methods, %d constants, %d variables; %d skipped (see %s)\n",
		len(out.Report.Packages), t.Covered["func"], t.Covered["type"], t.Covered["method"]+t.Covered["iface_method"],
		t.Covered["const"], t.Covered["var"], t.SkippedTotal, filepath.Join(*outDir, "REPORT.md"))
}
