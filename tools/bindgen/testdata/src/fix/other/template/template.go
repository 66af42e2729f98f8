// Package template has the same name as text/template (import aliases).
package template

// T is a type.
type T struct{}
