package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Account struct {
	name   string
	role   string
	active bool
}

func (v Account) String() string {
	return "Account { name: " + lisette.FormatValue(v.name) + ", role: " + lisette.FormatValue(v.role) + ", active: " + lisette.FormatValue(v.active) + " }"
}

func permissions(a Account) string {
	if !a.active {
		name := a.name
		return fmt.Sprintf("%v: none (inactive)", name)
	}
	switch a.role {
	case "admin":
		name := a.name
		return fmt.Sprintf("%v: all", name)
	case "editor":
		name := a.name
		return fmt.Sprintf("%v: read, write", name)
	default:
		name := a.name
		return fmt.Sprintf("%v: read", name)
	}
}

func main() {
	accounts := []Account{Account{name: "root", role: "admin", active: true}, Account{name: "ed", role: "editor", active: true}, Account{name: "old", role: "admin", active: false}, Account{name: "guest", role: "viewer", active: true}}
	for _, a := range accounts {
		fmt.Println(permissions(a))
	}
}
