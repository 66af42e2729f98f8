package main

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

func runFixtures(t *testing.T) *Output {
	t.Helper()
	out, err := Run(Config{
		GoRoot:    DefaultGoRoot(),
		Overrides: "testdata/overrides.toml",
		Roots:     map[string]string{"fix": "testdata/src/fix"},
		Packages:  []string{"fix/rules", "fix/other", "fix/other/template"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestRules checks each mapping rule on the fixture package fix/rules.
func TestRules(t *testing.T) {
	text := string(runFixtures(t).Files["go/fix/rules.d.lis"])
	cases := []struct{ rule, want string }{
		{"primitives 1:1", "pub fn Prims(a: int, b: int8, c: uint64, d: float32, e: complex128, f: bool, g: string, h: byte, i: rune, j: uintptr) -> float64\n"},
		{"slices, maps, channels", "pub fn Containers(s: Slice<int>, m: Map<string, Slice<byte>>, c: Channel<int>, r: Receiver<string>, w: Sender<bool>)\n"},
		{"array result", "#[go(array_return)]\npub fn Array() -> Slice<byte>\n"},
		{"any and interface{}", "pub fn Any(v: Unknown, w: Unknown) -> Unknown\n"},
		{"variadic", "pub fn Variadic(format: string, args: VarArgs<Unknown>)\n"},
		{"func types; error parameter of a callback", "pub fn Callback(f: fn(int, Option<error>) -> Result<string, error>, g: fn(Ref<Thing>) -> bool)\n"},
		{"generics keep type parameters; comparable dropped", "pub fn Generic<T, K>(xs: Slice<T>, k: K) -> Map<K, T>\n"},
		{"core type S ~[]E substituted", "pub fn CoreType<E>(s: Slice<E>) -> Slice<E>\n"},
		{"method-set bound", "pub fn Bounded<T: io.Reader>(r: T) -> T\n"},
		{"(T, error)", "pub fn ValueErr() -> Result<int, error>\n"},
		{"(T1, T2, error)", "pub fn TwoErr() -> Result<(int, string), error>\n"},
		{"five values and an error", "pub fn FiveErr() -> Result<(int, int, int, int, int), error>\n"},
		{"lone error", "pub fn LoneErr() -> Result<(), error>\n"},
		{"direct_error override", "pub fn NewErr(msg: string) -> error\n"},
		{"nilable_error override", "pub fn Cause(err: error) -> Option<error>\n"},
		{"unwrap-style method", "  pub fn Unwrap(self: Ref<Thing>) -> Option<error>\n"},
		{"comma-ok, unnamed bool", "#[go(comma_ok)]\npub fn CommaOK() -> Option<string>\n"},
		{"comma-ok, bool named ok", "#[go(comma_ok)]\npub fn NamedOK() -> Option<string>\n"},
		{"bool flag by name", "pub fn Flag() -> (float64, bool)\n"},
		{"bool_as_flag override", "pub fn FlagOverride() -> (int, bool)\n"},
		{"other multi-results are tuples", "pub fn Tuple() -> (int, string, float64)\n"},
		{"pointer parameter and result", "pub fn PtrParam(p: Ref<Thing>) -> Ref<Thing>\n"},
		{"nil heuristic (Lookup*)", "pub fn LookupThing(name: string) -> Option<Ref<Thing>>\n"},
		{"nilable_return override", "pub fn Find(name: string) -> Option<Ref<Thing>>\n"},
		{"non_nilable_return override", "pub fn LookupAlways(name: string) -> Ref<Thing>\n"},
		{"interface result", "pub fn IfaceResult() -> io.Reader\n"},
		{"nilable interface result", "pub fn IfaceNil() -> Option<io.Reader>\n"},
		{"pointer elements", "pub fn PtrElems(xs: Slice<Option<Ref<Thing>>>, m: Map<string, Option<Ref<Thing>>>) -> Slice<Option<Ref<Thing>>>\n"},
		{"mut dst heuristic", "pub fn Fill(mut dst: Slice<byte>)\n"},
		{"Append* dst is not mut", "pub fn AppendTo(dst: Slice<byte>) -> Slice<byte>\n"},
		{"mutates_param override", "pub fn SortInts(mut xs: Slice<int>)\n"},
		{"allow_unused_result override", "#[allow(unused_result)]\npub fn Log(msg: string) -> Result<int, error>\n"},
		{"partial_result override", "pub fn ReadAll(r: io.Reader) -> Partial<int, error>\n"},
		{"Partial for io.Reader.Read, mut buffer", "  pub fn Read(self: Ref<Reader>, mut p: Slice<byte>) -> Partial<int, error>\n"},
		{"Partial for io.Writer.Write", "  pub fn Write(self: Ref<Reader>, p: Slice<byte>) -> Partial<int, error>\n"},
		{"other package qualified", "pub fn Other(t: other.T, k: other.Kind) -> Ref<other.T>\n"},
		{"import of another package", "import \"go:fix/other\"\n"},
		{"colliding package names get aliases", "pub fn Collide(a: Ref<fix_other_template.T>, b: Ref<text_template.Template>)\n"},
		{"alias import line", "import text_template \"go:text/template\"\n"},
		{"struct{} is unit", "pub fn Done() -> Receiver<()>\n"},
		{"keyword and uppercase parameter names", "pub fn Keywords(fn_: int, match_: string, x: bool, arg3: int)\n"},
		{"exported fields, pointer/interface/func/error fields are Option", "pub struct Thing {\n  /// Name is a name.\n  pub Name: string,\n  pub Next: Option<Ref<Thing>>,\n  pub R: Option<io.Reader>,\n  pub F: Option<fn()>,\n  pub Err: Option<error>,\n  pub Always: Ref<Thing>,\n}\n"},
		{"value and pointer receivers", "  pub fn SetName(self: Ref<Thing>, n: string)\n"},
		{"value receiver", "  pub fn Value(self) -> int\n"},
		{"opaque struct", "pub type Opaque\n"},
		{"iota group: value enum, duplicates left out", "pub enum Level: int {\n  Low = 0,\n  Mid = 1,\n  High = 2,\n}\n"},
		{"enum constants are also consts", "pub const Top: Level\n"},
		{"untyped int beyond int64", "pub const Big: uint64\n"},
		{"untyped float", "pub const Pi: float64\n"},
		{"untyped string", "pub const Greeting: string\n"},
		{"named string type", "pub enum Color: string {\n  Red = \"red\\n\\\"x\\\"\",\n}\n"},
		{"named float type: no member values", "pub enum Ratio: float64 {}\n"},
		{"pointer variable", "pub var Default: Ref<Thing>\n"},
		{"error variable", "pub var ErrX: error\n"},
		{"variable of an unexported type declared as its interface", "pub var Order: Orderer\n"},
		{"embedded fields and promoted methods", "pub struct Embeds {\n  pub Thing: Option<Ref<Thing>>,\n  pub Writer: Option<io.Writer>,\n}\n\nimpl Embeds {\n  /// SetName has a pointer receiver.\n  pub fn SetName(self, n: string)\n"},
		{"promoted Write keeps the Partial rule", "  pub fn Write(self, p: Slice<byte>) -> Partial<int, error>\n"},
		{"interface with embedding", "pub interface Iface {\n  impl io.Reader\n\n  /// M is a method.\n  fn M(x: int) -> Result<string, error>\n}\n"},
		{"interface with unexported method is opaque", "pub type Sealed\n\nimpl Sealed {\n  pub fn M(self)\n}\n"},
		{"func type with methods is a newtype", "pub struct Handler(fn(io.Writer, int))\n\nimpl Handler {\n"},
		{"slice type without methods is an alias", "pub type Names = Slice<string>\n"},
		{"generic struct, receiver type parameter renamed", "pub struct Box<T> {\n  pub Val: T,\n}\n\nimpl<T> Box<T> {\n  /// Get uses a differently named receiver type parameter.\n  pub fn Get(self: Ref<Box<T>>) -> T\n}\n"},
		{"named array type is opaque", "pub type Table\n"},
		{"alias", "pub type Alias = other.T\n"},
		{"doc: first paragraph only", "/// Prims takes every primitive.\npub fn Prims("},
		{"prelude-named type renamed", "/// Result is named like a prelude type.\n#[go(\"Result\")]\npub struct Result_ {\n"},
		{"prelude-named type referenced", "pub fn Exec() -> Result<Result_, error>\n"},
		{"nilable_param override", "pub fn Encode(w: Option<io.Writer>, o: Option<Ref<Thing>>)\n"},
		{"never_returns override", "pub fn Die(code: int) -> Never\n"},
		{"non_nilable_field override", "  pub Always: Ref<Thing>,\n"},
	}
	for _, c := range cases {
		if !strings.Contains(text, c.want) {
			t.Errorf("%s: missing\n%s", c.rule, c.want)
		}
	}
	skips := []string{
		"func AnonStruct: anonymous struct type",
		"func ArrayParam: array type outside a single result",
		"func Hidden: unexported type in signature",
		"const Huge: constant out of range of int64/uint64",
		"type Number: type-set or complex generic constraint",
		"func Ordered: type-set or complex generic constraint",
		"func Six: more than 5 results",
		"func SixErr: more than 5 results",
		"func Skipped: skipped by override (not wanted)",
		"field Thing.Anon: anonymous struct type",
		"field Thing.Arr: array type outside a single result",
		"func Unsafe: unsafe.Pointer",
		"type Sealed: interface with unexported methods (declared opaque)",
	}
	for _, s := range skips {
		if !strings.Contains(text, "//   "+s) {
			t.Errorf("skip not recorded: %s", s)
		}
	}
	for _, never := range []string{"This second paragraph", "hidden", "fn Skipped", "fn Unsafe", "fn Six("} {
		if strings.Contains(strings.ReplaceAll(text, "//   ", "#"), "\n"+never) || regexp.MustCompile(`(?m)^pub .*`+regexp.QuoteMeta(never)).MatchString(text) {
			t.Errorf("should not be declared: %s", never)
		}
	}
}

// TestGolden compares the fixture output with testdata/golden (go test -update rewrites).
func TestGolden(t *testing.T) {
	out := runFixtures(t)
	for _, name := range []string{"rules", "other", "other/template"} {
		got := out.Files["go/fix/"+name+".d.lis"]
		file := filepath.Join("testdata", "golden", strings.ReplaceAll(name, "/", "_")+".d.lis")
		if *update {
			if err := os.WriteFile(file, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if string(want) != string(got) {
			t.Errorf("%s differs from the golden file %s (run go test -update and review the diff)", name, file)
		}
	}
}

// TestDeterministic: two runs give identical bytes.
func TestDeterministic(t *testing.T) {
	a, b := runFixtures(t), runFixtures(t)
	for k, v := range a.Files {
		if string(b.Files[k]) != string(v) {
			t.Errorf("%s differs between two runs", k)
		}
	}
}

func TestOverridesParse(t *testing.T) {
	good := `["fmt"]
direct_error = ["Errorf"]  # builds an error
allow_unused_result = [
  "Print*",   # routinely ignored
  "Println",  # routinely ignored
]
mutates_param = ["Fill(dst)"]  # writes dst
`
	o, err := ParseOverrides("good", strings.NewReader(good))
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Entries) != 4 || !o.Has("fmt", "allow_unused_result", "Printf") || o.Has("fmt", "allow_unused_result", "Sprint") {
		t.Errorf("unexpected parse: %+v", o.Entries)
	}
	bad := map[string]string{
		"no reason":        "[\"fmt\"]\ndirect_error = [\"Errorf\"]\n",
		"no reason inside": "[\"fmt\"]\ndirect_error = [\n  \"Errorf\",\n]\n",
		"unknown kind":     "[\"fmt\"]\nmaybe_nil = [\"X\"] # r\n",
		"no section":       "direct_error = [\"X\"] # r\n",
		"param missing":    "[\"fmt\"]\nmutates_param = [\"Fill\"] # r\n",
		"unterminated":     "[\"fmt\"]\nskip = [\n  \"X\", # r\n",
		"unquoted section": "[fmt]\n",
	}
	for name, src := range bad {
		if _, err := ParseOverrides(name, strings.NewReader(src)); err == nil {
			t.Errorf("%s: expected an error", name)
		}
	}
}

func TestUnusedOverrideFails(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "o.toml")
	os.WriteFile(file, []byte("[\"fix/other\"]\nskip = [\"NoSuchThing\"] # stale entry\n"), 0o644)
	_, err := Run(Config{GoRoot: DefaultGoRoot(), Overrides: file, Roots: map[string]string{"fix": "testdata/src/fix"}, Packages: []string{"fix/other"}})
	if err == nil || !strings.Contains(err.Error(), "NoSuchThing") {
		t.Fatalf("expected an unused-override error, got %v", err)
	}
}

func TestAPIKeys(t *testing.T) {
	cases := map[string]string{
		"func Enforced() bool":                                      "func Enforced",
		"method (*Buffer) Peek(int) ([]uint8, error)":               "method Buffer.Peek",
		"method (*Pointer[$0]) Load() *$0":                          "method Pointer.Load",
		"type Decapsulator interface { Decapsulate, Encapsulator }": "type Decapsulator",
		"type Decapsulator interface, Bytes() []uint8":              "method Decapsulator.Bytes",
		"type BasicLit struct, ValueEnd token.Pos":                  "field BasicLit.ValueEnd",
		"type Seq[$0 interface{}] func(func($0) bool)":              "type Seq",
		"const QUICStoreSession = 3":                                "const QUICStoreSession",
		"const QUICStoreSession QUICEventKind":                      "const QUICStoreSession",
		"var ErrX error":                                            "var ErrX",
		"func TypeAssert[$0 interface{}](Value) ($0, bool)":         "func TypeAssert",
	}
	for in, want := range cases {
		if got := apiKey(in); got != want {
			t.Errorf("apiKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestStdlibDeclarationsUpToDate regenerates the shipped standard-library declarations
// into memory and fails if the committed files differ (run tools/bindgen/regen.sh).
func TestStdlibDeclarationsUpToDate(t *testing.T) {
	dir := filepath.Join("..", "..", "reference-compiler", "src", "main", "resources", "typedefs")
	report, err := os.ReadFile(filepath.Join(dir, "REPORT.md"))
	if err != nil {
		t.Fatalf("no committed declarations: %v (run tools/bindgen/regen.sh)", err)
	}
	root := DefaultGoRoot()
	cur := goVersion(root)
	if m := regexp.MustCompile(`Toolchain (go1\.\d+)`).FindSubmatch(report); m != nil && !strings.HasPrefix(cur+".", string(m[1])+".") {
		t.Skipf("declarations were generated with %s.x, this toolchain is %s: the standard library differs by release; regenerate with that release", m[1], cur)
	}
	out, err := Run(Config{GoRoot: root, Overrides: "overrides.toml", Baseline: "go1.25", Std: true})
	if err != nil {
		t.Fatal(err)
	}
	diffs, err := Diff(dir, out)
	if err != nil {
		t.Fatal(err)
	}
	if len(diffs) > 0 {
		if len(diffs) > 20 {
			diffs = append(diffs[:20], "…")
		}
		t.Fatalf("the committed declarations are stale; run tools/bindgen/regen.sh and commit:\n  %s", strings.Join(diffs, "\n  "))
	}
	// A few declarations the compiler and the cases rely on.
	want := map[string][]string{
		"go/fmt.d.lis":           {"pub fn Errorf(format: string, a: VarArgs<Unknown>) -> error\n", "#[allow(unused_result)]\npub fn Println(a: VarArgs<Unknown>) -> Result<int, error>\n"},
		"go/errors.d.lis":        {"pub fn New(text: string) -> error\n", "pub fn Unwrap(err: error) -> Option<error>\n"},
		"go/io.d.lis":            {"pub fn ReadFull(r: Reader, mut buf: Slice<byte>) -> Partial<int, error>\n", "  fn Read(mut p: Slice<byte>) -> Partial<int, error>\n"},
		"go/os.d.lis":            {"#[go(comma_ok)]\npub fn LookupEnv(key: string) -> Option<string>\n"},
		"go/strconv.d.lis":       {"pub fn Atoi(s: string) -> Result<int, error>\n"},
		"go/time.d.lis":          {"pub enum Duration: int64 {\n", "  Second = 1000000000,\n", "pub const Second: Duration\n"},
		"go/sync.d.lis":          {"#[go(comma_ok)]\n  pub fn Load(self: Ref<Map_>, key: Unknown) -> Option<Unknown>\n"},
		"go/crypto/sha256.d.lis": {"#[go(array_return)]\npub fn Sum256(data: Slice<byte>) -> Slice<byte>\n"},
	}
	for file, lines := range want {
		text := string(out.Files[file])
		for _, l := range lines {
			if !strings.Contains(text, l) {
				t.Errorf("%s: missing %q", file, l)
			}
		}
	}
}
