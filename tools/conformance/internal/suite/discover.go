package suite

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// ManifestName is the file that makes a directory a multi-module case.
const ManifestName = "lisette.toml"

// mainFile is the file of a multi-module case that carries its directives.
const mainFile = "src/main.lis"

// Discover finds every case under root, sorted by relative path: each
// directory holding lisette.toml is one multi-module case, and each other
// `.lis` file is a single-file case. Malformed cases are returned with
// Invalid set; the error is only for a root that cannot be walked.
func Discover(root string) ([]*Case, error) {
	info, err := os.Stat(root)
	if err != nil {
		return nil, err
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("%s is not a directory", root)
	}
	var cases []*Case
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if isFile(filepath.Join(p, ManifestName)) {
				cases = append(cases, loadDir(root, p))
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && strings.HasSuffix(p, ".lis") {
			cases = append(cases, loadFile(root, p))
		}
		return nil
	})
	slices.SortFunc(cases, func(a, b *Case) int { return strings.Compare(a.Rel, b.Rel) })
	return cases, err
}

// newCase fills in the location fields of the case at p under root.
func newCase(root, p string, multi bool) *Case {
	rel, err := filepath.Rel(root, p)
	if err != nil {
		rel = p
	}
	rel = filepath.ToSlash(rel)
	chapter, _, found := strings.Cut(rel, "/")
	if !found {
		chapter = "(root)"
	}
	return &Case{
		Path:        p,
		Rel:         rel,
		Chapter:     chapter,
		Name:        strings.TrimSuffix(path.Base(rel), ".lis"),
		MultiModule: multi,
	}
}

// loadFile reads a single-file case.
func loadFile(root, p string) *Case {
	c := newCase(root, p, false)
	src, err := os.ReadFile(p)
	if err != nil {
		c.Invalid = err
		return c
	}
	c.Expectations, c.Invalid = Parse(filepath.Base(p), src)
	return c
}

// loadDir reads a multi-module case: directives and output from
// src/main.lis, annotations from every `.lis` file in the directory.
func loadDir(root, dir string) *Case {
	c := newCase(root, dir, true)
	src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(mainFile)))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			err = fmt.Errorf("multi-module case without %s", mainFile)
		}
		c.Invalid = err
		return c
	}
	if c.Expectations, err = parseMain(mainFile, src); err != nil {
		c.Invalid = err
		return c
	}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		// Annotations live in the .lis files, and as `#~ ERROR code` in lisette.toml.
		if err != nil || d.IsDir() || !(strings.HasSuffix(p, ".lis") || filepath.Base(p) == "lisette.toml") {
			return err
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil || filepath.ToSlash(rel) == mainFile {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		anns, err := ScanAnnotations(filepath.ToSlash(rel), src)
		c.Annotations = append(c.Annotations, anns...)
		return err
	})
	if err != nil {
		c.Invalid = err
		return c
	}
	slices.SortStableFunc(c.Annotations, func(a, b Annotation) int {
		if a.File != b.File {
			return strings.Compare(a.File, b.File)
		}
		return a.Line - b.Line
	})
	c.Invalid = c.validate()
	return c
}

// isFile reports whether p exists and is not a directory.
func isFile(p string) bool {
	info, err := os.Stat(p)
	return err == nil && !info.IsDir()
}
