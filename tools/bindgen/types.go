package main

import (
	"fmt"
	"go/types"
	"sort"
	"strings"
)

// Skip reasons (the categories of the report).
const (
	rUnsafe      = "unsafe.Pointer"
	rUnexported  = "unexported type in signature"
	rInternal    = "type from an internal package"
	rExcluded    = "type from an excluded package"
	rSkippedType = "uses a skipped type"
	rResults     = "more than 5 results"
	rArray       = "array type outside a single result"
	rAnonStruct  = "anonymous struct type"
	rAnonIface   = "anonymous interface with methods"
	rConstraint  = "type-set or complex generic constraint"
	rPtrIface    = "pointer to interface"
	rNamedPtr    = "named pointer type"
	rBaseline    = "newer than the Go baseline"
	rOverride    = "skipped by override"
	rConstRange  = "constant out of range of int64/uint64"
	rOpaqueIface = "interface with unexported methods (declared opaque)"
	rIfaceMethod = "interface method not mappable (interface declared opaque)"
)

// skipErr is returned by the mappers for constructs that cannot be mapped faithfully.
type skipErr struct{ reason, detail string }

func (e *skipErr) Error() string {
	if e.detail == "" {
		return e.reason
	}
	return e.reason + ": " + e.detail
}

func skip(reason, format string, args ...any) error {
	return &skipErr{reason, fmt.Sprintf(format, args...)}
}

// pos is the position a Go type occurs in; it decides how pointers, interfaces and
// function types that Go allows to be nil are mapped.
type pos int

const (
	posParam     pos = iota // parameter: Lisette hands a value to Go (never nil)
	posResult               // result that is never nil
	posResultNil            // result that may be nil (override or heuristic)
	posField                // struct field: may be nil
	posElem                 // element of a slice, map, channel or type argument
	posVar                  // package variable (initialised by the package)
	posCbParam              // parameter of a function type: Go hands it to Lisette
)

var errorType = types.Universe.Lookup("error").Type()

func isError(t types.Type) bool { return types.Identical(t, errorType) }

// lisetteKeywords cannot be used as parameter names (keywords, and prelude names that a
// binding would shadow).
var lisetteKeywords = map[string]bool{}

func init() {
	for _, k := range strings.Fields(`as break const continue defer else enum fn for if impl import in
		interface let loop match mut pub recover return select struct task try type var while true
		false self Self nil error panic assert_type complex real imaginary`) {
		lisetteKeywords[k] = true
	}
}

// preludeNames cannot be used as type parameter names.
var preludeNames = map[string]bool{}

func init() {
	for _, k := range strings.Fields(`Option Result Partial Slice Map Ref VarArgs Unknown Channel
		Sender Receiver Never Range RangeInclusive RangeFrom RangeTo RangeToInclusive
		EnumeratedSlice PanicValue error string int bool byte rune`) {
		preludeNames[k] = true
	}
}

// fileCtx renders types for one output file, collecting the packages it references.
// Qualified names are written with a placeholder "\x00path\x00" that is replaced by the
// import's local name once all imports are known.
type fileCtx struct {
	g       *Gen
	pkg     *types.Package
	imports map[string]bool
	// subst maps type parameters to their rendering (receiver type parameters renamed to
	// the type's own names; core-type parameters replaced by Slice<E>/Map<K, V>).
	subst map[*types.TypeParam]string
}

func (c *fileCtx) qualify(obj types.Object) string {
	if obj.Pkg() == nil || obj.Pkg() == c.pkg {
		return lisName(obj.Name())
	}
	c.imports[obj.Pkg().Path()] = true
	return "\x00" + obj.Pkg().Path() + "\x00." + lisName(obj.Name())
}

// lisName is the Lisette name of a Go type: a Go type named like a prelude type (sync.Map,
// go/types.Slice, database/sql.Result) gets a trailing underscore, as the emitter does for
// Go names that collide, and its declaration carries #[go("Name")].
func lisName(goName string) string {
	if preludeTypeNames[goName] {
		return goName + "_"
	}
	return goName
}

var preludeTypeNames = map[string]bool{}

func init() {
	for _, k := range strings.Fields(`Option Result Partial Slice Map Ref VarArgs Unknown Channel
		Sender Receiver Never Range RangeInclusive RangeFrom RangeTo RangeToInclusive
		EnumeratedSlice PanicValue`) {
		preludeTypeNames[k] = true
	}
}

// typ renders t in position p.
func (c *fileCtx) typ(t types.Type, p pos) (string, error) {
	switch t := t.(type) {
	case *types.Alias:
		if t.Obj().Pkg() == nil && t.Obj().Name() == "any" {
			return "Unknown", nil
		}
		return c.typ(types.Unalias(t), p)
	case *types.Basic:
		return basicName(t)
	case *types.Pointer:
		elem := types.Unalias(t.Elem())
		if types.IsInterface(elem) && !isTypeParam(elem) {
			return "", skip(rPtrIface, "%s", types.TypeString(t, nil))
		}
		inner, err := c.typ(elem, posElem)
		if err != nil {
			return "", err
		}
		ref := "Ref<" + inner + ">"
		switch p {
		case posField, posElem, posResultNil:
			return "Option<" + ref + ">", nil
		}
		return ref, nil
	case *types.Slice:
		e, err := c.typ(t.Elem(), posElem)
		if err != nil {
			return "", err
		}
		return "Slice<" + e + ">", nil
	case *types.Array:
		return "", skip(rArray, "%s", types.TypeString(t, nil))
	case *types.Map:
		k, err := c.typ(t.Key(), posElem)
		if err != nil {
			return "", err
		}
		v, err := c.typ(t.Elem(), posElem)
		if err != nil {
			return "", err
		}
		return "Map<" + k + ", " + v + ">", nil
	case *types.Chan:
		e, err := c.typ(t.Elem(), posElem)
		if err != nil {
			return "", err
		}
		switch t.Dir() {
		case types.SendOnly:
			return "Sender<" + e + ">", nil
		case types.RecvOnly:
			return "Receiver<" + e + ">", nil
		}
		return "Channel<" + e + ">", nil
	case *types.Signature:
		s, err := c.fnType(t)
		if err != nil {
			return "", err
		}
		if p == posField {
			return "Option<" + s + ">", nil
		}
		return s, nil
	case *types.Struct:
		if t.NumFields() == 0 {
			return "()", nil
		}
		return "", skip(rAnonStruct, "%s", types.TypeString(t, nil))
	case *types.Interface:
		if t.Empty() {
			return "Unknown", nil
		}
		return "", skip(rAnonIface, "%s", types.TypeString(t, nil))
	case *types.TypeParam:
		if s, ok := c.subst[t]; ok {
			return s, nil
		}
		return tparamName(t.Obj().Name()), nil
	case *types.Named:
		obj := t.Obj()
		if obj.Pkg() == nil {
			switch obj.Name() {
			case "error":
				if p == posField || p == posCbParam || p == posResultNil {
					return "Option<error>", nil
				}
				return "error", nil
			}
			return "", skip(rConstraint, "%s", obj.Name())
		}
		if err := c.g.typeUsable(obj); err != nil {
			return "", err
		}
		name := c.qualify(obj)
		if targs := t.TypeArgs(); targs.Len() > 0 {
			var as []string
			for i := 0; i < targs.Len(); i++ {
				a, err := c.typ(targs.At(i), posElem)
				if err != nil {
					return "", err
				}
				as = append(as, a)
			}
			name += "<" + strings.Join(as, ", ") + ">"
		}
		under := t.Underlying()
		switch under.(type) {
		case *types.Interface:
			if p == posField || p == posResultNil {
				return "Option<" + name + ">", nil
			}
		case *types.Signature:
			if p == posField {
				return "Option<" + name + ">", nil
			}
		}
		return name, nil
	}
	return "", skip(rConstraint, "unsupported type %s", types.TypeString(t, nil))
}

func isTypeParam(t types.Type) bool {
	_, ok := t.(*types.TypeParam)
	return ok
}

func tparamName(n string) string {
	if preludeNames[n] || lisetteKeywords[n] {
		return n + "_"
	}
	return n
}

func basicName(b *types.Basic) (string, error) {
	switch b.Kind() {
	case types.UnsafePointer:
		return "", skip(rUnsafe, "unsafe.Pointer")
	case types.UntypedBool:
		return "bool", nil
	case types.UntypedInt:
		return "int", nil
	case types.UntypedRune:
		return "rune", nil
	case types.UntypedFloat:
		return "float64", nil
	case types.UntypedComplex:
		return "complex128", nil
	case types.UntypedString:
		return "string", nil
	case types.Invalid, types.UntypedNil:
		return "", skip(rConstraint, "invalid type")
	}
	return b.Name(), nil
}

// fnType renders a function type (a callback or a func-typed value): parameters are
// values Go hands to Lisette (posCbParam), results follow the result rules.
func (c *fileCtx) fnType(sig *types.Signature) (string, error) {
	var ps []string
	for i := 0; i < sig.Params().Len(); i++ {
		pt := sig.Params().At(i).Type()
		var s string
		var err error
		if sig.Variadic() && i == sig.Params().Len()-1 {
			s, err = c.typ(pt.(*types.Slice).Elem(), posCbParam)
			s = "VarArgs<" + s + ">"
		} else {
			s, err = c.typ(pt, posCbParam)
		}
		if err != nil {
			return "", err
		}
		ps = append(ps, s)
	}
	res, _, err := c.results(sig, resultOpts{inType: true})
	if err != nil {
		return "", err
	}
	out := "fn(" + strings.Join(ps, ", ") + ")"
	if res != "" {
		out += " -> " + res
	}
	return out, nil
}

// resultOpts carries the per-declaration decisions (overrides and heuristics) that
// shape a result type.
type resultOpts struct {
	nilable    bool // pointer/interface single result may be nil
	direct     bool // lone error is a plain value
	nilableErr bool // lone error is Option<error>
	partial    bool // (T, error) is Partial<T, error>
	flag       bool // (T, bool) stays a tuple
	commaOK    bool // (T, bool) is Option<T> even if the bool is named
	inType     bool // inside a function type: no attributes, so no comma-ok or array shapes
}

// results renders the result list; attrs are the #[go(...)] attributes it needs.
func (c *fileCtx) results(sig *types.Signature, o resultOpts) (string, []string, error) {
	res := sig.Results()
	n := res.Len()
	if n == 0 {
		return "", nil, nil
	}
	last := res.At(n - 1).Type()
	if isError(last) {
		if n == 1 {
			switch {
			case o.direct:
				return "error", nil, nil
			case o.nilableErr:
				return "Option<error>", nil, nil
			}
			return "Result<(), error>", nil, nil
		}
		if n-1 > 5 {
			return "", nil, skip(rResults, "%d values before the error", n-1)
		}
		var vs []string
		for i := 0; i < n-1; i++ {
			p := posResult
			if o.nilable {
				p = posResultNil
			}
			v, err := c.typ(res.At(i).Type(), p)
			if err != nil {
				return "", nil, err
			}
			vs = append(vs, v)
		}
		carrier := "Result"
		if o.partial {
			carrier = "Partial"
		}
		return carrier + "<" + tuple(vs) + ", error>", nil, nil
	}
	if n == 1 {
		t := res.At(0).Type()
		if arr, ok := types.Unalias(t).(*types.Array); ok && !o.inType {
			e, err := c.typ(arr.Elem(), posElem)
			if err != nil {
				return "", nil, err
			}
			return "Slice<" + e + ">", []string{"#[go(array_return)]"}, nil
		}
		p := posResult
		if o.nilable {
			p = posResultNil
		}
		s, err := c.typ(t, p)
		return s, nil, err
	}
	if n == 2 && isPlainBool(res.At(1).Type()) {
		name := res.At(1).Name()
		presence := !o.inType && (o.commaOK || (!o.flag && (name == "" || name == "ok")))
		if presence {
			v, err := c.typ(res.At(0).Type(), posResult)
			if err != nil {
				return "", nil, err
			}
			return "Option<" + v + ">", []string{"#[go(comma_ok)]"}, nil
		}
	}
	if n > 5 {
		return "", nil, skip(rResults, "%d results", n)
	}
	var vs []string
	for i := 0; i < n; i++ {
		p := posResult
		if o.nilable {
			p = posResultNil
		}
		v, err := c.typ(res.At(i).Type(), p)
		if err != nil {
			return "", nil, err
		}
		vs = append(vs, v)
	}
	return tuple(vs), nil, nil
}

func isPlainBool(t types.Type) bool {
	b, ok := t.(*types.Basic)
	return ok && (b.Kind() == types.Bool || b.Kind() == types.UntypedBool)
}

func tuple(vs []string) string {
	if len(vs) == 1 {
		return vs[0]
	}
	return "(" + strings.Join(vs, ", ") + ")"
}

// typeParams renders a generic declaration's type parameters. Core-type parameters
// (S ~[]E, M ~map[K]V) are substituted away; `any` and `comparable` become unbounded
// parameters; method-only named interfaces become bounds; anything else is skipped.
// dropped counts `comparable` bounds that were dropped.
func (c *fileCtx) typeParams(tps *types.TypeParamList, substitute bool) (string, int, error) {
	if tps == nil || tps.Len() == 0 {
		return "", 0, nil
	}
	var out []string
	dropped := 0
	// First pass: core-type substitutions (they may refer to later parameters).
	core := map[*types.TypeParam]types.Type{}
	for i := 0; i < tps.Len(); i++ {
		tp := tps.At(i)
		iface, _ := tp.Constraint().Underlying().(*types.Interface)
		if iface == nil {
			return "", 0, skip(rConstraint, "constraint of %s", tp.Obj().Name())
		}
		if ct := coreType(iface); ct != nil {
			if !substitute {
				return "", 0, skip(rConstraint, "%s %s", tp.Obj().Name(), types.TypeString(tp.Constraint(), nil))
			}
			core[tp] = ct
		}
	}
	for tp, ct := range core {
		c.subst[tp] = "" // placeholder so self-references do not loop
		_ = ct
	}
	// Render substitutions in parameter order (deterministic).
	for i := 0; i < tps.Len(); i++ {
		tp := tps.At(i)
		ct, ok := core[tp]
		if !ok {
			continue
		}
		delete(c.subst, tp)
		s, err := c.typ(ct, posElem)
		if err != nil {
			return "", 0, err
		}
		c.subst[tp] = s
	}
	for i := 0; i < tps.Len(); i++ {
		tp := tps.At(i)
		if _, ok := core[tp]; ok {
			continue
		}
		name := tparamName(tp.Obj().Name())
		cons := tp.Constraint()
		iface := cons.Underlying().(*types.Interface)
		switch {
		case iface.Empty():
			out = append(out, name)
		case isComparable(cons):
			dropped++
			out = append(out, name)
		case iface.IsMethodSet() && iface.NumMethods() > 0:
			named, ok := types.Unalias(cons).(*types.Named)
			if !ok {
				return "", 0, skip(rConstraint, "%s %s", tp.Obj().Name(), types.TypeString(cons, nil))
			}
			b, err := c.typ(named, posParam)
			if err != nil {
				return "", 0, err
			}
			out = append(out, name+": "+b)
		default:
			return "", 0, skip(rConstraint, "%s %s", tp.Obj().Name(), types.TypeString(cons, types.RelativeTo(c.pkg)))
		}
	}
	if len(out) == 0 {
		return "", dropped, nil
	}
	return "<" + strings.Join(out, ", ") + ">", dropped, nil
}

func isComparable(t types.Type) bool {
	t = types.Unalias(t)
	if n, ok := t.(*types.Named); ok && n.Obj().Pkg() == nil && n.Obj().Name() == "comparable" {
		return true
	}
	iface, ok := t.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() > 0 || iface.NumEmbeddeds() != 1 {
		return false
	}
	return isComparable(iface.EmbeddedType(0))
}

// coreType returns T for a constraint interface{ ~T } whose single term is a tilde
// slice or map type (the `S ~[]E` idiom); nil otherwise.
func coreType(iface *types.Interface) types.Type {
	if iface.NumMethods() > 0 || iface.NumEmbeddeds() != 1 {
		return nil
	}
	u, ok := iface.EmbeddedType(0).(*types.Union)
	if !ok || u.Len() != 1 || !u.Term(0).Tilde() {
		return nil
	}
	switch u.Term(0).Type().(type) {
	case *types.Slice, *types.Map:
		return u.Term(0).Type()
	}
	return nil
}

func sortedKeys[M ~map[string]V, V any](m M) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}
