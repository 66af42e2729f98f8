package main

import (
	"fmt"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Loader type-checks Go packages from source. Standard-library packages are found under
// GOROOT/src (and GOROOT/src/vendor for the vendored golang.org/x packages the standard
// library uses); extra roots map import-path prefixes to directories (test fixtures).
// The build context is fixed (GOOS, GOARCH, cgo disabled) so the output does not depend
// on the machine.
type Loader struct {
	Fset   *token.FileSet
	ctx    build.Context
	goroot string
	roots  map[string]string // import-path prefix -> directory
	pkgs   map[string]*Package
	busy   map[string]bool
	docs   map[token.Pos]*ast.CommentGroup
}

// Package is a loaded, type-checked package.
type Package struct {
	Path  string
	Dir   string
	Types *types.Package
	Files []*ast.File
	Doc   string
	Err   error // load error (no buildable files, type errors)
}

// NewLoader makes a loader for GOOS/GOARCH with cgo disabled.
func NewLoader(goroot, goos, goarch string) *Loader {
	ctx := build.Default
	ctx.GOROOT = goroot
	ctx.GOOS = goos
	ctx.GOARCH = goarch
	ctx.CgoEnabled = false
	ctx.GOPATH = ""
	ctx.Dir = ""
	return &Loader{
		Fset:   token.NewFileSet(),
		ctx:    ctx,
		goroot: goroot,
		roots:  map[string]string{},
		pkgs:   map[string]*Package{},
		busy:   map[string]bool{},
		docs:   map[token.Pos]*ast.CommentGroup{},
	}
}

// AddRoot maps import paths starting with prefix to directories under dir.
func (l *Loader) AddRoot(prefix, dir string) { l.roots[prefix] = dir }

func (l *Loader) dirOf(path string) (string, bool) {
	keys := make([]string, 0, len(l.roots))
	for k := range l.roots {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return len(keys[i]) > len(keys[j]) })
	for _, prefix := range keys {
		if path == prefix || strings.HasPrefix(path, prefix+"/") {
			return filepath.Join(l.roots[prefix], filepath.FromSlash(strings.TrimPrefix(path, prefix))), true
		}
	}
	for _, d := range []string{
		filepath.Join(l.goroot, "src", filepath.FromSlash(path)),
		filepath.Join(l.goroot, "src", "vendor", filepath.FromSlash(path)),
	} {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d, true
		}
	}
	return "", false
}

// Import implements types.Importer.
func (l *Loader) Import(path string) (*types.Package, error) {
	if path == "unsafe" {
		return types.Unsafe, nil
	}
	p := l.Load(path)
	if p.Types == nil {
		return nil, p.Err
	}
	return p.Types, nil
}

// Load loads (once) and type-checks the package with the given import path.
func (l *Loader) Load(path string) *Package {
	if p, ok := l.pkgs[path]; ok {
		return p
	}
	p := &Package{Path: path}
	if path == "unsafe" {
		p.Types = types.Unsafe
		l.pkgs[path] = p
		return p
	}
	if l.busy[path] {
		p.Err = fmt.Errorf("import cycle through %s", path)
		return p
	}
	l.busy[path] = true
	defer delete(l.busy, path)
	dir, ok := l.dirOf(path)
	if !ok {
		p.Err = fmt.Errorf("package %s not found", path)
		l.pkgs[path] = p
		return p
	}
	p.Dir = dir
	bp, err := l.ctx.ImportDir(dir, 0)
	if err != nil {
		p.Err = err
		l.pkgs[path] = p
		return p
	}
	var names []string
	names = append(names, bp.GoFiles...)
	sort.Strings(names)
	for _, name := range names {
		f, err := parser.ParseFile(l.Fset, filepath.Join(dir, name), nil, parser.ParseComments|parser.SkipObjectResolution)
		if err != nil {
			p.Err = err
			l.pkgs[path] = p
			return p
		}
		p.Files = append(p.Files, f)
		if f.Doc != nil && p.Doc == "" {
			p.Doc = f.Doc.Text()
		}
	}
	var typeErrs []error
	conf := types.Config{
		Importer: l,
		Sizes:    types.SizesFor("gc", l.ctx.GOARCH),
		Error: func(err error) {
			if len(typeErrs) < 5 {
				typeErrs = append(typeErrs, err)
			}
		},
		FakeImportC: true,
	}
	tp, _ := conf.Check(path, l.Fset, p.Files, nil)
	p.Types = tp
	if len(typeErrs) > 0 {
		p.Err = fmt.Errorf("type errors in %s: %v", path, typeErrs[0])
	}
	l.indexDocs(p.Files)
	l.pkgs[path] = p
	return p
}

// indexDocs records the doc comment of every declared name, keyed by the position of
// its identifier (which is the position of the types.Object).
func (l *Loader) indexDocs(files []*ast.File) {
	for _, f := range files {
		for _, decl := range f.Decls {
			switch d := decl.(type) {
			case *ast.FuncDecl:
				if d.Doc != nil {
					l.docs[d.Name.Pos()] = d.Doc
				}
			case *ast.GenDecl:
				for _, spec := range d.Specs {
					switch s := spec.(type) {
					case *ast.TypeSpec:
						doc := s.Doc
						if doc == nil && len(d.Specs) == 1 {
							doc = d.Doc
						}
						if doc == nil {
							doc = s.Comment
						}
						if doc != nil {
							l.docs[s.Name.Pos()] = doc
						}
						l.indexTypeExpr(s.Type)
					case *ast.ValueSpec:
						doc := s.Doc
						if doc == nil {
							doc = s.Comment
						}
						if doc == nil && len(d.Specs) == 1 {
							doc = d.Doc
						}
						if doc != nil {
							for _, n := range s.Names {
								l.docs[n.Pos()] = doc
							}
						}
					}
				}
			}
		}
	}
}

func (l *Loader) indexTypeExpr(e ast.Expr) {
	var fields *ast.FieldList
	switch t := e.(type) {
	case *ast.StructType:
		fields = t.Fields
	case *ast.InterfaceType:
		fields = t.Methods
	default:
		return
	}
	if fields == nil {
		return
	}
	for _, fld := range fields.List {
		doc := fld.Doc
		if doc == nil {
			doc = fld.Comment
		}
		if doc == nil {
			continue
		}
		if len(fld.Names) == 0 {
			l.docs[embeddedPos(fld.Type)] = doc
		}
		for _, n := range fld.Names {
			l.docs[n.Pos()] = doc
		}
	}
}

func embeddedPos(e ast.Expr) token.Pos {
	switch t := e.(type) {
	case *ast.StarExpr:
		return embeddedPos(t.X)
	case *ast.SelectorExpr:
		return t.Sel.Pos()
	case *ast.IndexExpr:
		return embeddedPos(t.X)
	case *ast.IndexListExpr:
		return embeddedPos(t.X)
	}
	return e.Pos()
}

// Doc returns the doc comment text of the object declared at pos ("" if none).
func (l *Loader) Doc(pos token.Pos) string {
	if cg, ok := l.docs[pos]; ok {
		return cg.Text()
	}
	return ""
}
