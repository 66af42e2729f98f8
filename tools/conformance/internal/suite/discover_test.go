package suite

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTree writes files (slash paths relative to root) with their contents.
func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDiscover(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"types/mismatch/wrong_type.lis":          "// spec: t\n// mode: reject\nlet x: int = \"s\" //~ ERROR infer.type_mismatch\n",
		"types/mismatch/wrong_type.approved.txt": "ignored\n",
		"basics/hello.lis":                       "// spec: b\n// mode: run\nfn main() {}\n// Output:\n// hi\n",
		"modules/private/lisette.toml":           "[package]\n",
		"modules/private/src/main.lis":           "// spec: m\n// mode: reject\nimport \"util\"\n",
		"modules/private/src/util/util.lis":      "\nfn secret() {} //~ ERROR resolve.private_member\n",
		"modules/private/src/aa.lis":             "fn x() {} //~ WARNING lint.unused\n",
		"modules/broken/lisette.toml":            "[package]\n",
		"modules/broken/src/other.lis":           "fn main() {}\n",
		"top.lis":                                "// spec: r\n// mode: compile\n",
	})
	cases, err := Discover(root)
	if err != nil {
		t.Fatal(err)
	}
	var rels []string
	for _, c := range cases {
		rels = append(rels, c.Rel)
	}
	want := "basics/hello.lis modules/broken modules/private top.lis types/mismatch/wrong_type.lis"
	if got := strings.Join(rels, " "); got != want {
		t.Fatalf("cases = %s\nwant    %s", got, want)
	}

	hello := cases[0]
	if hello.Chapter != "basics" || hello.Name != "hello" || hello.MultiModule || hello.Invalid != nil {
		t.Errorf("hello = %+v", hello)
	}
	if hello.Path != filepath.Join(root, "basics", "hello.lis") || hello.Stdout() != "hi\n" {
		t.Errorf("hello: Path %q, Stdout %q", hello.Path, hello.Stdout())
	}

	broken := cases[1]
	if broken.Invalid == nil || !strings.Contains(broken.Invalid.Error(), "without src/main.lis") {
		t.Errorf("broken.Invalid = %v, want a missing src/main.lis", broken.Invalid)
	}

	private := cases[2]
	if private.Invalid != nil {
		t.Fatalf("private.Invalid = %v", private.Invalid)
	}
	if !private.MultiModule || private.Name != "private" || private.Chapter != "modules" || private.Path != filepath.Join(root, "modules", "private") {
		t.Errorf("private = %+v", private)
	}
	if len(private.Annotations) != 2 ||
		private.Annotations[0] != (Annotation{File: "src/aa.lis", Line: 1, Severity: Warning, Code: "lint.unused", Written: 1}) ||
		private.Annotations[1] != (Annotation{File: "src/util/util.lis", Line: 2, Severity: Error, Code: "resolve.private_member", Written: 2}) {
		t.Errorf("private.Annotations = %+v", private.Annotations)
	}

	if top := cases[3]; top.Chapter != "(root)" || top.Mode != ModeCompile {
		t.Errorf("top = %+v", top)
	}
	if wt := cases[4]; wt.Chapter != "types" || wt.Invalid != nil || len(wt.Annotations) != 1 || wt.Annotations[0].File != "wrong_type.lis" {
		t.Errorf("wrong_type = %+v", wt)
	}
}

func TestDiscoverMissingRoot(t *testing.T) {
	if _, err := Discover(filepath.Join(t.TempDir(), "nope")); err == nil {
		t.Error("Discover of a missing directory succeeded")
	}
}
