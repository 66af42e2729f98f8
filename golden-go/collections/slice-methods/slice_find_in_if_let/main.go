package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

func main() {
	users := []string{"guest", "admin", "ops"}
	subject := lisette.SliceFind(users, func(u string) bool {
		return strings.HasPrefix(u, "a")
	})
	if subject.Tag == lisette.OptionSome {
		u := subject.SomeVal
		fmt.Printf("found %v\n", u)
	}
}
