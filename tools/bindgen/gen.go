package main

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Gen generates declaration files.
type Gen struct {
	L        *Loader
	O        *Overrides
	B        *Baseline
	Platform string // "linux/amd64", for the header
	// Included decides whether a package may be referenced (it has a declaration file).
	Included func(path string) bool

	status    map[*types.TypeName]error
	ifaceMemo map[*types.TypeName]error
	io        map[string]*types.Interface // io.Reader, io.Writer, io.ReaderAt, io.WriterAt
}

// NewGen makes a generator.
func NewGen(l *Loader, o *Overrides, b *Baseline, included func(string) bool) *Gen {
	return &Gen{L: l, O: o, B: b, Platform: l.ctx.GOOS + "/" + l.ctx.GOARCH, Included: included,
		status: map[*types.TypeName]error{}}
}

// Skipped is one declaration that was not written, with its reason.
type Skipped struct {
	Kind   string // func, method, type, field, const, var
	Name   string
	Reason string
	Detail string
}

// Note reports whether the entry is a note (an interface declared opaque) rather than a
// declaration left out.
func (s Skipped) Note() bool { return s.Reason == rOpaqueIface || s.Reason == rIfaceMethod }

// PkgResult is the outcome for one package.
type PkgResult struct {
	Path    string
	Text    string
	Counts  map[string]int // covered, by kind
	Skipped []Skipped
	Dropped int // `comparable` bounds dropped
	Opaque  int // interfaces declared opaque
}

func isInternalPath(p string) bool {
	for _, seg := range strings.Split(p, "/") {
		if seg == "internal" || seg == "vendor" {
			return true
		}
	}
	return strings.HasPrefix(p, "vendor/") || strings.HasPrefix(p, "golang.org/")
}

// typeUsable reports (memoised) whether a named type may appear in a declaration.
func (g *Gen) typeUsable(obj *types.TypeName) error {
	if err, ok := g.status[obj]; ok {
		return err
	}
	g.status[obj] = nil // optimistic while computing (recursive types)
	err := g.computeUsable(obj)
	g.status[obj] = err
	return err
}

func (g *Gen) computeUsable(obj *types.TypeName) error {
	path := obj.Pkg().Path()
	name := path + "." + obj.Name()
	if isInternalPath(path) {
		return skip(rInternal, "%s", name)
	}
	if !obj.Exported() || obj.Parent() != obj.Pkg().Scope() {
		return skip(rUnexported, "%s", name)
	}
	if !g.Included(path) {
		return skip(rExcluded, "%s", name)
	}
	if g.B.NewPackage(path) || g.B.New(path, "type", obj.Name()) {
		return skip(rSkippedType, "%s is newer than the Go baseline", name)
	}
	if e := g.O.Find(path, "skip", obj.Name()); e != nil {
		return skip(rSkippedType, "%s skipped by override", name)
	}
	if obj.IsAlias() {
		c := &fileCtx{g: g, pkg: obj.Pkg(), imports: map[string]bool{}, subst: map[*types.TypeParam]string{}}
		if _, err := c.typ(obj.Type(), posElem); err != nil {
			return skip(rSkippedType, "%s: %v", name, err)
		}
		return nil
	}
	named, ok := obj.Type().(*types.Named)
	if !ok {
		return skip(rSkippedType, "%s", name)
	}
	c := &fileCtx{g: g, pkg: obj.Pkg(), imports: map[string]bool{}, subst: map[*types.TypeParam]string{}}
	if _, _, err := c.typeParams(named.TypeParams(), false); err != nil {
		return skip(rSkippedType, "%s: %v", name, err)
	}
	switch u := named.Underlying().(type) {
	case *types.Array:
		// declared opaque: an array cannot be a Lisette value type
	case *types.Pointer:
		return skip(rSkippedType, "%s: named pointer type", name)
	case *types.Basic:
		if u.Kind() == types.UnsafePointer {
			return skip(rSkippedType, "%s: unsafe.Pointer", name)
		}
	case *types.Interface:
		if !u.IsMethodSet() {
			return skip(rSkippedType, "%s: type-set constraint", name)
		}
	case *types.Struct:
	default:
		if _, err := c.typ(u, posElem); err != nil {
			return skip(rSkippedType, "%s: %v", name, err)
		}
	}
	return nil
}

// ioIface returns io.Reader etc.
func (g *Gen) ioIface(name string) *types.Interface {
	if g.io == nil {
		g.io = map[string]*types.Interface{}
		if p := g.L.Load("io"); p.Types != nil {
			for _, n := range []string{"Reader", "Writer", "ReaderAt", "WriterAt"} {
				g.io[n] = p.Types.Scope().Lookup(n).Type().Underlying().(*types.Interface)
			}
		}
	}
	return g.io[name]
}

// pkgGen holds the state of one package's generation.
type pkgGen struct {
	g     *Gen
	pkg   *Package
	c     *fileCtx
	res   *PkgResult
	local map[string]string // import path -> local name
}

func (g *Gen) newPkgGen(p *Package) *pkgGen {
	return &pkgGen{g: g, pkg: p, res: &PkgResult{Path: p.Path, Counts: map[string]int{}},
		c: &fileCtx{g: g, pkg: p.Types, imports: map[string]bool{}, subst: map[*types.TypeParam]string{}}}
}

func (pg *pkgGen) skipped(kind, name string, err error) {
	se, ok := err.(*skipErr)
	if !ok {
		se = &skipErr{reason: "error", detail: err.Error()}
	}
	pg.res.Skipped = append(pg.res.Skipped, Skipped{Kind: kind, Name: name, Reason: se.reason, Detail: se.detail})
}

// item is one top-level output item, sorted by (group, name).
type item struct {
	group int
	name  string
	text  string
}

const (
	gConst = iota
	gVar
	gFunc
	gType
)

// Generate writes the declaration file text for one package.
func (g *Gen) Generate(p *Package) *PkgResult {
	pg := g.newPkgGen(p)
	res := pg.res
	scope := p.Types.Scope()
	var items []item
	enumMembers := pg.enumMembers()
	for _, name := range scope.Names() {
		obj := scope.Lookup(name)
		if !obj.Exported() {
			continue
		}
		switch o := obj.(type) {
		case *types.Const:
			if it, ok := pg.constItem(o); ok {
				items = append(items, it)
			}
		case *types.Var:
			if it, ok := pg.varItem(o); ok {
				items = append(items, it)
			}
		case *types.Func:
			if it, ok := pg.funcItem(o); ok {
				items = append(items, it)
			}
		case *types.TypeName:
			if it, ok := pg.typeItem(o, enumMembers[o]); ok {
				items = append(items, it)
			}
		}
	}
	sort.SliceStable(items, func(i, j int) bool {
		if items[i].group != items[j].group {
			return items[i].group < items[j].group
		}
		return items[i].name < items[j].name
	})
	var b strings.Builder
	fmt.Fprintf(&b, "// Code generated by lisette.dev/tools/bindgen from Go package %q; DO NOT EDIT.\n", p.Path)
	api := "the installed toolchain's API"
	if g.B != nil {
		api = "API up to " + g.B.Version
	}
	fmt.Fprintf(&b, "// Go package %s, %s, %s.\n", p.Types.Name(), api, g.Platform)
	if d := firstSentence(p.Doc); d != "" {
		b.WriteString("//\n")
		for _, l := range wrap(d, 92) {
			b.WriteString("// " + l + "\n")
		}
	}
	body := pg.renderItems(items)
	if imps := pg.importLines(); imps != "" {
		b.WriteString("\n" + imps)
	}
	body = pg.resolveQualifiers(body)
	b.WriteString(body)
	sort.Slice(res.Skipped, func(i, j int) bool {
		a, c := res.Skipped[i], res.Skipped[j]
		if a.Name != c.Name {
			return a.Name < c.Name
		}
		return a.Kind < c.Kind
	})
	var notes, skips []string
	for _, s := range res.Skipped {
		line := fmt.Sprintf("//   %s %s: %s", s.Kind, s.Name, s.Reason)
		if s.Detail != "" {
			line += " (" + s.Detail + ")"
		}
		line = strings.ReplaceAll(line, "\n", " ") + "\n"
		if s.Note() {
			notes = append(notes, line)
		} else {
			skips = append(skips, line)
		}
	}
	if len(notes) > 0 {
		b.WriteString("\n// Interfaces declared as opaque types (callable, not implementable in Lisette):\n")
		b.WriteString(strings.Join(notes, ""))
	}
	if len(skips) > 0 {
		b.WriteString("\n// Not declared (bindgen could not map these faithfully):\n")
		b.WriteString(strings.Join(skips, ""))
	}
	res.Text = b.String()
	return res
}

func (pg *pkgGen) renderItems(items []item) string {
	var b strings.Builder
	for _, it := range items {
		b.WriteString("\n")
		b.WriteString(it.text)
	}
	return b.String()
}

// importLines assigns local names: the Go package name, or the path with '/' → '_'
// when two imports share a name.
func (pg *pkgGen) importLines() string {
	paths := sortedKeys(pg.c.imports)
	if len(paths) == 0 {
		return ""
	}
	count := map[string]int{}
	names := map[string]string{}
	for _, p := range paths {
		n := pg.g.L.Load(p).Types.Name()
		names[p] = n
		count[n]++
	}
	var b strings.Builder
	local := map[string]string{}
	for _, p := range paths {
		n := names[p]
		if count[n] > 1 || n == pg.pkg.Types.Name() {
			alias := strings.NewReplacer("/", "_", ".", "_", "-", "_").Replace(p)
			local[p] = alias
			fmt.Fprintf(&b, "import %s \"go:%s\"\n", alias, p)
		} else {
			local[p] = n
			fmt.Fprintf(&b, "import \"go:%s\"\n", p)
		}
	}
	pg.local = local
	return b.String()
}

func (pg *pkgGen) resolveQualifiers(s string) string {
	for p, n := range pg.local {
		s = strings.ReplaceAll(s, "\x00"+p+"\x00", n)
	}
	return s
}

// ---------------------------------------------------------------------------------------
// docs

// docLines returns the first paragraph of a Go doc comment, plus its "Deprecated:"
// paragraph if any, as `///` lines with the given indent.
func docLines(text, indent string) string {
	text = strings.TrimSpace(text)
	if text == "" {
		return ""
	}
	paras := strings.Split(text, "\n\n")
	keep := []string{paras[0]}
	for _, p := range paras[1:] {
		if strings.HasPrefix(strings.TrimSpace(p), "Deprecated:") {
			keep = append(keep, p)
			break
		}
	}
	var b strings.Builder
	for i, p := range keep {
		if i > 0 {
			b.WriteString(indent + "///\n")
		}
		for _, l := range strings.Split(p, "\n") {
			l = strings.TrimRightFunc(l, unicode.IsSpace)
			if l == "" {
				b.WriteString(indent + "///\n")
				continue
			}
			b.WriteString(indent + "/// " + l + "\n")
		}
	}
	return b.String()
}

func firstSentence(doc string) string {
	doc = strings.TrimSpace(doc)
	if doc == "" {
		return ""
	}
	para := strings.Split(doc, "\n\n")[0]
	para = strings.Join(strings.Fields(para), " ")
	if i := strings.Index(para, ". "); i >= 0 {
		para = para[:i+1]
	}
	return para
}

func wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func (pg *pkgGen) doc(obj types.Object, indent string) string {
	return docLines(pg.g.L.Doc(obj.Pos()), indent)
}

// ---------------------------------------------------------------------------------------
// constants and variables

// enumMembers groups the constants of each value-enum type (a named basic type of this
// package) in source order. Members keep integer or string values; a later constant with
// an already used value stays a plain constant only (Go forbids duplicate switch cases).
func (pg *pkgGen) enumMembers() map[*types.TypeName][]*types.Const {
	out := map[*types.TypeName][]*types.Const{}
	scope := pg.pkg.Types.Scope()
	var consts []*types.Const
	for _, n := range scope.Names() {
		if c, ok := scope.Lookup(n).(*types.Const); ok && c.Exported() {
			consts = append(consts, c)
		}
	}
	sort.Slice(consts, func(i, j int) bool { return consts[i].Pos() < consts[j].Pos() })
	seen := map[*types.TypeName]map[string]bool{}
	for _, c := range consts {
		named, ok := c.Type().(*types.Named)
		if !ok || named.Obj().Pkg() != pg.pkg.Types {
			continue
		}
		if _, ok := named.Underlying().(*types.Basic); !ok {
			continue
		}
		if pg.skippedByBaselineOrOverride("const", c.Name()) != nil {
			continue
		}
		v, ok := enumValue(c.Val())
		if !ok {
			continue
		}
		obj := named.Obj()
		if seen[obj] == nil {
			seen[obj] = map[string]bool{}
		}
		if seen[obj][v] {
			continue
		}
		seen[obj][v] = true
		out[obj] = append(out[obj], c)
	}
	return out
}

func enumValue(v constant.Value) (string, bool) {
	switch v.Kind() {
	case constant.Int:
		if i, ok := constant.Int64Val(v); ok {
			return strconv.FormatInt(i, 10), true
		}
		if u, ok := constant.Uint64Val(v); ok {
			return strconv.FormatUint(u, 10), true
		}
	case constant.String:
		return lisetteQuote(constant.StringVal(v)), true
	}
	return "", false
}

// lisetteQuote quotes a string with the escapes Lisette accepts (\u{…} for non-printable
// code points).
func lisetteQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			fmt.Fprintf(&b, `\x%02x`, s[i])
			i++
			continue
		}
		i += size
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if unicode.IsPrint(r) {
				b.WriteRune(r)
			} else {
				fmt.Fprintf(&b, `\u{%x}`, r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}

func (pg *pkgGen) skippedByBaselineOrOverride(kind, name string) error {
	path := pg.pkg.Path
	if pg.g.B.New(path, kind, name) {
		return skip(rBaseline, "%s", pg.g.B.Version)
	}
	if e := pg.g.O.Find(path, "skip", name); e != nil {
		return skip(rOverride, "%s", e.Reason)
	}
	return nil
}

func (pg *pkgGen) constItem(c *types.Const) (item, bool) {
	if err := pg.skippedByBaselineOrOverride("const", c.Name()); err != nil {
		pg.skipped("const", c.Name(), err)
		return item{}, false
	}
	t := c.Type()
	var ts string
	if b, ok := t.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		switch b.Kind() {
		case types.UntypedInt, types.UntypedRune:
			ts = basicDefault(b)
			if _, ok := constant.Int64Val(c.Val()); !ok {
				if _, ok := constant.Uint64Val(c.Val()); !ok {
					pg.skipped("const", c.Name(), skip(rConstRange, "%s", c.Val().ExactString()))
					return item{}, false
				}
				ts = "uint64"
			}
		case types.UntypedFloat:
			ts = "float64"
			if f, _ := constant.Float64Val(c.Val()); math.IsInf(f, 0) {
				pg.skipped("const", c.Name(), skip(rConstRange, "%s", c.Val().String()))
				return item{}, false
			}
		default:
			ts = basicDefault(b)
		}
	} else {
		s, err := pg.c.typ(t, posVar)
		if err != nil {
			pg.skipped("const", c.Name(), err)
			return item{}, false
		}
		ts = s
	}
	pg.res.Counts["const"]++
	return item{gConst, c.Name(), pg.doc(c, "") + "pub const " + c.Name() + ": " + ts + "\n"}, true
}

func basicDefault(b *types.Basic) string {
	s, _ := basicName(b)
	return s
}

func (pg *pkgGen) varItem(v *types.Var) (item, bool) {
	if err := pg.skippedByBaselineOrOverride("var", v.Name()); err != nil {
		pg.skipped("var", v.Name(), err)
		return item{}, false
	}
	ts, err := pg.c.typ(v.Type(), posVar)
	if err != nil {
		if iface := pg.widestInterface(v.Type()); iface != nil {
			ts, err = pg.c.typ(iface, posVar)
		}
	}
	if err != nil {
		pg.skipped("var", v.Name(), err)
		return item{}, false
	}
	pg.res.Counts["var"]++
	return item{gVar, v.Name(), pg.doc(v, "") + "pub var " + v.Name() + ": " + ts + "\n"}, true
}

// widestInterface: for a variable of an unexported named type (encoding/binary's
// BigEndian), the exported interface of the same package with the most methods that
// the type implements, so that the variable can be declared with that interface type.
func (pg *pkgGen) widestInterface(t types.Type) types.Type {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Exported() || n.Obj().Pkg() != pg.pkg.Types {
		return nil
	}
	var best *types.Named
	bestN := 0
	scope := pg.pkg.Types.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || !tn.Exported() || tn.IsAlias() {
			continue
		}
		cand, ok := tn.Type().(*types.Named)
		if !ok || cand.TypeParams().Len() > 0 {
			continue
		}
		iface, ok := cand.Underlying().(*types.Interface)
		if !ok || iface.NumMethods() == 0 || !types.Implements(t, iface) {
			continue
		}
		if pg.g.ifaceDeclarable(cand) != nil {
			continue
		}
		if iface.NumMethods() > bestN {
			best, bestN = cand, iface.NumMethods()
		}
	}
	if best == nil {
		return nil
	}
	return best
}

// ---------------------------------------------------------------------------------------
// functions and methods

// fnDecl describes a function or method to render.
type fnDecl struct {
	key      string // override key: "Func" or "Type.Method"
	name     string // Go name
	sig      *types.Signature
	recv     string // "" (function), "self", "self: Ref<T>"
	recvType types.Type
	indent   string
	iface    bool // interface method (no `pub`, no body)
}

var nilableNames = map[string]bool{"Front": true, "Back": true, "Next": true, "Prev": true, "Parent": true}

func (pg *pkgGen) renderFn(f fnDecl, obj types.Object) (string, error) {
	o := pg.g.O
	path := pg.pkg.Path
	sig := f.sig
	// type parameters
	tps, dropped, err := pg.c.typeParams(sig.TypeParams(), true)
	if err != nil {
		return "", err
	}
	// results
	ro := resultOpts{
		direct:     o.Has(path, "direct_error", f.key),
		nilableErr: o.Has(path, "nilable_error", f.key) || (f.name == "Unwrap" && f.recvType != nil) || (path == "errors" && f.key == "Unwrap"),
		partial:    o.Has(path, "partial_result", f.key) || pg.isReaderWriterMethod(f),
		flag:       o.Has(path, "bool_as_flag", f.key),
		commaOK:    o.Has(path, "comma_ok", f.key),
	}
	nonNil := o.Has(path, "non_nilable_return", f.key)
	ro.nilable = o.Has(path, "nilable_return", f.key) ||
		(!nonNil && (nilableNames[f.name] || strings.HasPrefix(f.name, "Lookup")) && nilableKind(sig))
	ret, attrs, err := pg.c.results(sig, ro)
	if err != nil {
		return "", err
	}
	if o.Has(path, "never_returns", f.key) {
		if sig.Results().Len() != 0 {
			return "", fmt.Errorf("never_returns override on %s, which has results", f.key)
		}
		ret = "Never"
	}
	// parameters
	params, err := pg.params(f, sig)
	if err != nil {
		return "", err
	}
	if o.Has(path, "allow_unused_result", f.key) {
		attrs = append(attrs, "#[allow(unused_result)]")
	}
	pg.res.Dropped += dropped
	var b strings.Builder
	b.WriteString(pg.doc(obj, f.indent))
	for _, a := range attrs {
		b.WriteString(f.indent + a + "\n")
	}
	b.WriteString(f.indent)
	if !f.iface {
		b.WriteString("pub ")
	}
	b.WriteString("fn " + f.name + tps + "(" + strings.Join(params, ", ") + ")")
	if ret != "" {
		b.WriteString(" -> " + ret)
	}
	b.WriteString("\n")
	return b.String(), nil
}

// nilableKind reports whether the single result is a pointer or a (non-any) interface.
func nilableKind(sig *types.Signature) bool {
	if sig.Results().Len() != 1 {
		return false
	}
	switch u := types.Unalias(sig.Results().At(0).Type()).(type) {
	case *types.Pointer:
		return true
	case *types.Named:
		_, ok := u.Underlying().(*types.Interface)
		return ok && !isError(u)
	}
	return false
}

// isReaderWriterMethod: Read/Write/ReadAt/WriteAt of a type implementing io.Reader,
// io.Writer, io.ReaderAt or io.WriterAt (the io contracts allow n > 0 with err != nil).
func (pg *pkgGen) isReaderWriterMethod(f fnDecl) bool {
	if f.recvType == nil {
		return false
	}
	switch f.name {
	case "Read", "Write", "ReadAt", "WriteAt":
	default:
		return false
	}
	want := map[string]string{"Read": "Reader", "Write": "Writer", "ReadAt": "ReaderAt", "WriteAt": "WriterAt"}[f.name]
	iface := pg.g.ioIface(want)
	if iface == nil {
		return false
	}
	return types.Implements(f.recvType, iface)
}

func (pg *pkgGen) params(f fnDecl, sig *types.Signature) ([]string, error) {
	var out []string
	if f.recv != "" {
		out = append(out, f.recv)
	}
	used := map[string]bool{}
	n := sig.Params().Len()
	for i := 0; i < n; i++ {
		v := sig.Params().At(i)
		name := paramName(v.Name(), i, used)
		var ts string
		var err error
		if sig.Variadic() && i == n-1 {
			ts, err = pg.c.typ(v.Type().(*types.Slice).Elem(), posParam)
			ts = "VarArgs<" + ts + ">"
		} else {
			if _, ok := types.Unalias(v.Type()).(*types.Array); ok {
				return nil, skip(rArray, "parameter %s %s", v.Name(), types.TypeString(v.Type(), nil))
			}
			pp := posParam
			if pg.g.O.Has(pg.pkg.Path, "nilable_param", f.key+"("+v.Name()+")") ||
				pg.g.O.Has(pg.pkg.Path, "nilable_param", f.key+"("+name+")") {
				pp = posResultNil
			}
			ts, err = pg.c.typ(v.Type(), pp)
		}
		if err != nil {
			return nil, err
		}
		mut := ""
		if pg.mutates(f, v, name, sig) {
			mut = "mut "
		}
		out = append(out, mut+name+": "+ts)
	}
	return out, nil
}

var readLike = map[string]bool{"Read": true, "ReadAt": true, "ReadFull": true, "ReadAtLeast": true}

// mutates: overrides, plus two heuristics — the []byte buffer of Read-like functions
// and methods, and a slice parameter named dst (except in Append* functions, which only
// write past the length).
func (pg *pkgGen) mutates(f fnDecl, v *types.Var, rendered string, sig *types.Signature) bool {
	if pg.g.O.Has(pg.pkg.Path, "mutates_param", f.key+"("+v.Name()+")") ||
		pg.g.O.Has(pg.pkg.Path, "mutates_param", f.key+"("+rendered+")") {
		return true
	}
	sl, ok := types.Unalias(v.Type()).Underlying().(*types.Slice)
	if !ok || (sig.Variadic() && v == sig.Params().At(sig.Params().Len()-1)) {
		return false
	}
	if readLike[f.name] {
		if b, ok := sl.Elem().(*types.Basic); ok && b.Kind() == types.Uint8 {
			return true
		}
	}
	return v.Name() == "dst" && !strings.HasPrefix(f.name, "Append")
}

func paramName(n string, i int, used map[string]bool) string {
	if n == "" || n == "_" {
		n = fmt.Sprintf("arg%d", i)
	}
	r, size := utf8.DecodeRuneInString(n)
	if unicode.IsUpper(r) {
		n = string(unicode.ToLower(r)) + n[size:]
	}
	if lisetteKeywords[n] {
		n += "_"
	}
	for used[n] {
		n += "_"
	}
	used[n] = true
	return n
}

func (pg *pkgGen) funcItem(fn *types.Func) (item, bool) {
	if err := pg.skippedByBaselineOrOverride("func", fn.Name()); err != nil {
		pg.skipped("func", fn.Name(), err)
		return item{}, false
	}
	text, err := pg.renderFn(fnDecl{key: fn.Name(), name: fn.Name(), sig: fn.Type().(*types.Signature)}, fn)
	if err != nil {
		pg.skipped("func", fn.Name(), err)
		return item{}, false
	}
	pg.res.Counts["func"]++
	return item{gFunc, fn.Name(), text}, true
}

// ---------------------------------------------------------------------------------------
// types

func (pg *pkgGen) typeItem(obj *types.TypeName, members []*types.Const) (item, bool) {
	name := obj.Name()
	if err := pg.skippedByBaselineOrOverride("type", name); err != nil {
		pg.skipped("type", name, err)
		return item{}, false
	}
	if err := pg.g.typeUsable(obj); err != nil {
		se := err.(*skipErr)
		// report the underlying reason, not "uses a skipped type", for the type itself
		reason, detail := se.reason, se.detail
		if reason == rSkippedType {
			if i := strings.Index(detail, ": "); i >= 0 {
				detail = detail[i+2:]
			}
			reason = classify(detail)
		}
		pg.skipped("type", name, &skipErr{reason, detail})
		return item{}, false
	}
	var b strings.Builder
	b.WriteString(pg.doc(obj, ""))
	decl := lisName(name)
	if decl != name {
		b.WriteString("#[go(\"" + name + "\")]\n")
	}
	if obj.IsAlias() {
		ts, _ := pg.c.typ(obj.Type(), posElem)
		tps := ""
		if a, ok := obj.Type().(*types.Alias); ok && a.TypeParams().Len() > 0 {
			s, _, err := pg.c.typeParams(a.TypeParams(), false)
			if err != nil {
				pg.skipped("type", name, err)
				return item{}, false
			}
			tps = s
		}
		pg.res.Counts["type"]++
		pg.res.Counts["type:alias"]++
		b.WriteString("pub type " + decl + tps + " = " + ts + "\n")
		return item{gType, name, b.String()}, true
	}
	named := obj.Type().(*types.Named)
	tps, _, _ := pg.c.typeParams(named.TypeParams(), false)
	self := decl + typeArgNames(named.TypeParams())
	implGen := tps
	methods := pg.methods(obj, named, self)
	switch u := named.Underlying().(type) {
	case *types.Array:
		pg.res.Counts["type:opaque"]++
		b.WriteString("pub type " + decl + tps + "\n")
	case *types.Struct:
		fields := pg.fields(obj, u)
		if len(fields) == 0 {
			pg.res.Counts["type:opaque"]++
			b.WriteString("pub type " + decl + tps + "\n")
		} else {
			pg.res.Counts["type:struct"]++
			b.WriteString("pub struct " + decl + tps + " {\n")
			for _, f := range fields {
				b.WriteString(f)
			}
			b.WriteString("}\n")
		}
	case *types.Interface:
		if text, ok := pg.iface(obj, named, u, tps); ok {
			pg.res.Counts["type"]++
			pg.res.Counts["type:interface"]++
			b.WriteString(text)
			return item{gType, name, b.String()}, true
		}
		pg.res.Opaque++
		pg.res.Counts["type:opaque"]++
		b.WriteString("pub type " + decl + tps + "\n")
		methods = pg.ifaceMethods(obj, named, u)
	case *types.Basic:
		pg.res.Counts["type:enum"]++
		b.WriteString("pub enum " + decl + ": " + basicDefault(u) + " {")
		if len(members) == 0 {
			b.WriteString("}\n")
		} else {
			b.WriteString("\n")
			for _, c := range members {
				v, _ := enumValue(c.Val())
				b.WriteString("  " + c.Name() + " = " + v + ",\n")
			}
			b.WriteString("}\n")
		}
	default:
		ts, err := pg.c.typ(u, posElem)
		if err != nil {
			pg.skipped("type", name, err)
			return item{}, false
		}
		if len(methods) > 0 {
			pg.res.Counts["type:newtype"]++
			b.WriteString("pub struct " + decl + tps + "(" + ts + ")\n")
		} else {
			pg.res.Counts["type:alias"]++
			b.WriteString("pub type " + decl + tps + " = " + ts + "\n")
		}
	}
	pg.res.Counts["type"]++
	if len(methods) > 0 {
		b.WriteString("\nimpl" + implGen + " " + self + " {\n")
		for i, m := range methods {
			if i > 0 {
				b.WriteString("\n")
			}
			b.WriteString(m)
		}
		b.WriteString("}\n")
	}
	return item{gType, name, b.String()}, true
}

func classify(detail string) string {
	switch {
	case strings.Contains(detail, "named array"):
		return rArray
	case strings.Contains(detail, "named pointer"):
		return rNamedPtr
	case strings.Contains(detail, "unsafe.Pointer"):
		return rUnsafe
	case strings.Contains(detail, "type-set") || strings.Contains(detail, "constraint"):
		return rConstraint
	}
	return rSkippedType
}

func typeArgNames(tps *types.TypeParamList) string {
	if tps == nil || tps.Len() == 0 {
		return ""
	}
	var ns []string
	for i := 0; i < tps.Len(); i++ {
		ns = append(ns, tparamName(tps.At(i).Obj().Name()))
	}
	return "<" + strings.Join(ns, ", ") + ">"
}

func (pg *pkgGen) fields(obj *types.TypeName, st *types.Struct) []string {
	var out []string
	for i := 0; i < st.NumFields(); i++ {
		f := st.Field(i)
		if !f.Exported() {
			continue
		}
		key := obj.Name() + "." + f.Name()
		if pg.g.B.New(pg.pkg.Path, "field", key) {
			pg.skipped("field", key, skip(rBaseline, "%s", pg.g.B.Version))
			continue
		}
		if e := pg.g.O.Find(pg.pkg.Path, "skip", key); e != nil {
			pg.skipped("field", key, skip(rOverride, "%s", e.Reason))
			continue
		}
		fp := posField
		if pg.g.O.Has(pg.pkg.Path, "non_nilable_field", key) {
			fp = posResult
		}
		ts, err := pg.c.typ(f.Type(), fp)
		if err != nil {
			pg.skipped("field", key, err)
			continue
		}
		pg.res.Counts["field"]++
		out = append(out, pg.doc(f, "  ")+"  pub "+f.Name()+": "+ts+",\n")
	}
	return out
}

// methods renders the method set of *T (own and promoted methods) for a non-interface
// named type: value-receiver methods take `self`, pointer-receiver ones `self: Ref<T>`.
func (pg *pkgGen) methods(obj *types.TypeName, named *types.Named, self string) []string {
	if types.IsInterface(named) {
		return nil
	}
	valueSet := types.NewMethodSet(named)
	ptr := types.NewPointer(named)
	ptrSet := types.NewMethodSet(ptr)
	var out []string
	for i := 0; i < ptrSet.Len(); i++ {
		sel := ptrSet.At(i)
		fn := sel.Obj().(*types.Func)
		if !fn.Exported() {
			continue
		}
		key := obj.Name() + "." + fn.Name()
		origin := fn.Origin()
		// baseline: methods are listed under the type that declares them
		if recvNamed := recvTypeName(origin); recvNamed != nil && origin.Pkg() != nil &&
			pg.g.B.New(origin.Pkg().Path(), "method", recvNamed.Name()+"."+fn.Name()) {
			pg.skipped("method", key, skip(rBaseline, "%s", pg.g.B.Version))
			continue
		}
		if e := pg.g.O.Find(pg.pkg.Path, "skip", key); e != nil {
			pg.skipped("method", key, skip(rOverride, "%s", e.Reason))
			continue
		}
		recv := "self"
		var recvType types.Type = named
		if valueSet.Lookup(fn.Pkg(), fn.Name()) == nil {
			recv = "self: Ref<" + self + ">"
			recvType = ptr
		}
		sig := sel.Type().(*types.Signature)
		pg.bindRecvTypeParams(fn, named)
		text, err := pg.renderFn(fnDecl{key: key, name: fn.Name(), sig: sig, recv: recv, recvType: recvType, indent: "  "}, origin)
		if err != nil {
			pg.skipped("method", key, err)
			continue
		}
		pg.res.Counts["method"]++
		out = append(out, text)
	}
	return out
}

func recvTypeName(fn *types.Func) *types.TypeName {
	sig := fn.Type().(*types.Signature)
	if sig.Recv() == nil {
		return nil
	}
	t := types.Unalias(sig.Recv().Type())
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if n, ok := t.(*types.Named); ok {
		return n.Obj()
	}
	return nil
}

// bindRecvTypeParams renames the method's receiver type parameters to the type's own.
func (pg *pkgGen) bindRecvTypeParams(fn *types.Func, named *types.Named) {
	sig := fn.Origin().Type().(*types.Signature)
	rtp := sig.RecvTypeParams()
	tps := named.TypeParams()
	if rtp == nil || tps == nil {
		return
	}
	for i := 0; i < rtp.Len() && i < tps.Len(); i++ {
		pg.c.subst[rtp.At(i)] = tparamName(tps.At(i).Obj().Name())
	}
}

// ifaceDeclarable (memoised) reports why a named interface cannot be declared as a
// Lisette interface (unexported methods, unmappable or too new methods), or nil.
func (g *Gen) ifaceDeclarable(named *types.Named) error {
	if g.ifaceMemo == nil {
		g.ifaceMemo = map[*types.TypeName]error{}
	}
	obj := named.Obj()
	if err, ok := g.ifaceMemo[obj]; ok {
		return err
	}
	g.ifaceMemo[obj] = nil
	err := g.computeIfaceDeclarable(named)
	g.ifaceMemo[obj] = err
	return err
}

func (g *Gen) computeIfaceDeclarable(named *types.Named) error {
	obj := named.Obj()
	if obj.Pkg() == nil {
		return nil
	}
	if err := g.typeUsable(obj); err != nil {
		return err
	}
	pg := g.newPkgGen(g.L.Load(obj.Pkg().Path()))
	ms := types.NewMethodSet(named)
	for i := 0; i < ms.Len(); i++ {
		if fn := ms.At(i).Obj(); !fn.Exported() {
			return skip(rOpaqueIface, "method %s", fn.Name())
		}
	}
	for i := 0; i < ms.Len(); i++ {
		fn := ms.At(i).Obj().(*types.Func)
		if rn := recvTypeName(fn); rn != nil && fn.Pkg() != nil && g.B.New(fn.Pkg().Path(), "method", rn.Name()+"."+fn.Name()) {
			return skip(rIfaceMethod, "%s: newer than %s", fn.Name(), g.B.Version)
		}
		if _, err := pg.renderFn(fnDecl{key: obj.Name() + "." + fn.Name(), name: fn.Name(), sig: fn.Type().(*types.Signature),
			recvType: named, indent: "  ", iface: true}, fn); err != nil {
			return skip(rIfaceMethod, "%s: %v", fn.Name(), err)
		}
	}
	return nil
}

// iface renders an interface whose methods are all exported and mappable.
func (pg *pkgGen) iface(obj *types.TypeName, named *types.Named, u *types.Interface, tps string) (string, bool) {
	if err := pg.g.ifaceDeclarable(named); err != nil {
		pg.skipped("type", obj.Name(), err)
		return "", false
	}
	ms := types.NewMethodSet(named)
	var lines []string
	// embedded named interfaces that are themselves declared as interfaces
	embedded := map[string]bool{}
	for i := 0; i < u.NumEmbeddeds(); i++ {
		e := types.Unalias(u.EmbeddedType(i))
		en, ok := e.(*types.Named)
		if !ok || !pg.declaredAsInterface(en) {
			continue
		}
		s, err := pg.c.typ(en, posParam)
		if err != nil {
			continue
		}
		lines = append(lines, "  impl "+s+"\n")
		eu := en.Underlying().(*types.Interface)
		for j := 0; j < eu.NumMethods(); j++ {
			embedded[eu.Method(j).Name()] = true
		}
	}
	sort.Strings(lines)
	var methods []string
	for i := 0; i < ms.Len(); i++ {
		fn := ms.At(i).Obj().(*types.Func)
		if embedded[fn.Name()] {
			pg.res.Counts["iface_method"]++
			continue
		}
		key := obj.Name() + "." + fn.Name()
		text, err := pg.renderFn(fnDecl{key: key, name: fn.Name(), sig: fn.Type().(*types.Signature),
			recvType: named, indent: "  ", iface: true}, fn)
		if err != nil {
			pg.skipped("type", obj.Name(), skip(rIfaceMethod, "%s: %v", fn.Name(), err))
			return "", false
		}
		methods = append(methods, text)
	}
	pg.res.Counts["iface_method"] += len(methods)
	var b strings.Builder
	b.WriteString("pub interface " + lisName(obj.Name()) + tps + " {")
	if len(lines) == 0 && len(methods) == 0 {
		b.WriteString("}\n")
		return b.String(), true
	}
	b.WriteString("\n")
	for _, l := range lines {
		b.WriteString(l)
	}
	for i, m := range methods {
		if i > 0 || len(lines) > 0 {
			b.WriteString("\n")
		}
		b.WriteString(m)
	}
	b.WriteString("}\n")
	return b.String(), true
}

// declaredAsInterface: the named interface is usable and all its methods are exported
// (so its declaration file declares it as an interface, not an opaque type).
func (pg *pkgGen) declaredAsInterface(n *types.Named) bool {
	if n.Obj().Pkg() == nil {
		return n.Obj().Name() == "error"
	}
	return pg.g.ifaceDeclarable(n) == nil
}

// ifaceMethods renders the callable methods of an interface declared opaque.
func (pg *pkgGen) ifaceMethods(obj *types.TypeName, named *types.Named, u *types.Interface) []string {
	ms := types.NewMethodSet(named)
	var out []string
	for i := 0; i < ms.Len(); i++ {
		fn := ms.At(i).Obj().(*types.Func)
		if !fn.Exported() {
			continue
		}
		key := obj.Name() + "." + fn.Name()
		if pg.g.B.New(pg.pkg.Path, "method", key) {
			pg.skipped("method", key, skip(rBaseline, "%s", pg.g.B.Version))
			continue
		}
		text, err := pg.renderFn(fnDecl{key: key, name: fn.Name(), sig: fn.Type().(*types.Signature),
			recv: "self", recvType: named, indent: "  "}, fn)
		if err != nil {
			pg.skipped("method", key, err)
			continue
		}
		pg.res.Counts["method"]++
		out = append(out, text)
	}
	return out
}

var _ = token.NoPos
