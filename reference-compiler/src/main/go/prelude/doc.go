// Package lisette is the Go support package ("prelude") imported by code that
// the Lisette compiler generates:
//
//	import lisette "lisette.dev/prelude"
//
// It provides the Go representations of Lisette's prelude types (Option,
// Result, Partial, tuples, ranges, PanicValue) and helpers for the native
// methods that have no direct Go builtin or standard-library equivalent
// (SliceGet, MapFrom, ChannelSend, RecoverBlock, ...).
//
// Naming conventions, relied upon by the code generator:
//
//   - A Lisette method that needs no type parameter beyond those of its
//     receiver is a Go method (o.IsSome(), r.UnwrapOr(d), ...).
//   - A method that introduces a new type parameter (map, and_then, zip, ...)
//     or that applies to a specific instantiation (flatten, join) is a
//     function named <Type><Method> taking the receiver first
//     (OptionMap(o, f), ResultMapErr(r, f), SliceJoin(xs, sep)).
//   - Type parameters are ordered receiver first, then the method's own, in
//     declaration order: OptionMap[T, U], ResultMap[T, E, U],
//     ResultMapErr[T, E, F]. All of them are normally inferred.
//   - Enum-like types are structs with a Tag field; the zero Tag is the
//     "empty" variant (None, Err), so a zero value never looks like a success.
//
// JSON: an Option marshals None as null and Some(v) as v, and has IsZero for
// the `omitzero` tag option. The mapping is lossy where v itself encodes as
// null (Some(nil pointer), Some(None)): those decode back as None.
//
// Channels: ChannelSend/SenderSend turn the runtime's "send on closed channel"
// panic into false and ChannelClose/SenderClose ignore a second close; every
// other panic is re-raised. The race detector still reports a close that is
// not ordered before a concurrent send, because Go treats that as a race.
//
// Values print in Lisette syntax through their String methods: Some("hi"),
// Ok(1), Err("boom"), (1, "a"). String payloads and error payloads are quoted
// as Go's %q would; anything else is printed with %v.
package lisette
