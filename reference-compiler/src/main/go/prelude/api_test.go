package lisette

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// exportedDecl is one exported top-level identifier or method of the package.
type exportedDecl struct {
	name string // identifier as referenced (method name for methods)
	key  string // "Name" or "Recv.Name", for messages
	doc  *ast.CommentGroup
}

// parsePackage parses the package's non-test and test files separately.
func parsePackage(t *testing.T) (src, tests []*ast.File) {
	t.Helper()
	names, err := filepath.Glob("*.go")
	if err != nil || len(names) == 0 {
		t.Fatalf("no Go files found: %v", err)
	}
	fset := token.NewFileSet()
	for _, name := range names {
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(name, "_test.go") {
			tests = append(tests, f)
		} else {
			src = append(src, f)
		}
	}
	return src, tests
}

// exportedDecls lists every exported declaration together with its doc comment.
func exportedDecls(files []*ast.File) []exportedDecl {
	var out []exportedDecl
	for _, f := range files {
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.FuncDecl:
				if !d.Name.IsExported() {
					continue
				}
				key := d.Name.Name
				if d.Recv != nil {
					recv := d.Recv.List[0].Type
					if star, ok := recv.(*ast.StarExpr); ok {
						recv = star.X
					}
					if idx, ok := recv.(*ast.IndexExpr); ok {
						recv = idx.X
					}
					if idx, ok := recv.(*ast.IndexListExpr); ok {
						recv = idx.X
					}
					key = recv.(*ast.Ident).Name + "." + key
				}
				out = append(out, exportedDecl{d.Name.Name, key, d.Doc})
			case *ast.GenDecl:
				for _, s := range d.Specs {
					doc := d.Doc
					var names []*ast.Ident
					switch s := s.(type) {
					case *ast.TypeSpec:
						names = []*ast.Ident{s.Name}
						if s.Doc != nil {
							doc = s.Doc
						}
					case *ast.ValueSpec:
						names = s.Names
						if d.Lparen.IsValid() {
							doc = s.Doc
						}
					}
					for _, n := range names {
						if n.IsExported() {
							out = append(out, exportedDecl{n.Name, n.Name, doc})
						}
					}
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

func TestEveryExportedIdentifierHasADocComment(t *testing.T) {
	src, _ := parsePackage(t)
	for _, d := range exportedDecls(src) {
		if d.doc == nil {
			t.Errorf("%s has no doc comment", d.key)
			continue
		}
		text := d.doc.Text()
		if !strings.HasPrefix(text, d.name+" ") {
			t.Errorf("%s: doc comment should start with %q: %q", d.key, d.name, text)
		}
	}
}

func TestEveryExportedIdentifierIsUsedByATest(t *testing.T) {
	src, tests := parsePackage(t)
	used := map[string]bool{}
	for _, f := range tests {
		ast.Inspect(f, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				used[id.Name] = true
			}
			return true
		})
	}
	// Methods called only implicitly (by fmt or encoding/json) are exercised
	// through Sprint/Marshal in the tests.
	for _, d := range exportedDecls(src) {
		if !used[d.name] {
			t.Errorf("%s is not referenced by any test", d.key)
		}
	}
}
