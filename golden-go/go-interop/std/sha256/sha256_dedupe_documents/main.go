package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	lisette "lisette.dev/prelude"
	"slices"
	"strings"
)

type Doc struct {
	name string
	body string
}

func (v Doc) String() string {
	return "Doc { name: " + lisette.FormatValue(v.name) + ", body: " + lisette.FormatValue(v.body) + " }"
}

func fingerprint(body string) string {
	normalised := strings.ToLower(strings.Join(strings.Fields(body), " "))
	return hex.EncodeToString(func() []byte {
		a := sha256.Sum256([]byte(normalised))
		return a[:]
	}())[0:12]
}

func main() {
	docs := []Doc{Doc{name: "a.txt", body: "Hello   World"}, Doc{name: "b.txt", body: "hello world"}, Doc{name: "c.txt", body: "goodbye"}, Doc{name: "d.txt", body: " HELLO\tWORLD\n"}}
	groups := map[string][]string{}
	order := []string{}
	for _, d := range docs {
		fp := fingerprint(d.body)
		if !lisette.MapGet(groups, fp).IsSome() {
			order = append(order, fp)
			groups[fp] = []string{}
		}
		groups[fp] = append(groups[fp], d.name)
	}
	for _, fp := range order {
		names := groups[fp]
		fmt.Println(len(fp), len(names), names)
	}
	fmt.Println(slices.Contains(order, fingerprint("hello world")))
}
