// Package other is referenced from package rules (cross-package names).
package other

// T is a type of another package.
type T struct {
	// N is a field.
	N int
}

// Kind is a named numeric type of another package.
type Kind uint8

// First is a Kind.
const First Kind = 1
