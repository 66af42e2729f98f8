package main

import (
	"fmt"
	"golden/projects/visibility/opaque_values_in_collections/auth"
	lisette "lisette.dev/prelude"
)

func main() {
	tokens := []auth.Token{auth.Issue("ann", 1), auth.Issue("bob", 2), auth.Issue("cy", 3)}
	by_user := map[string]auth.Token{}
	for _, t := range tokens {
		by_user[t.User] = t
	}
	ok := lisette.SliceMap(lisette.SliceFilter(tokens, auth.Valid), func(t auth.Token) string {
		return t.User
	})
	fmt.Println(ok)
	fmt.Println(lisette.MapGet(by_user, "bob"))
}
