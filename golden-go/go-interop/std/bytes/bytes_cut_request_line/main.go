package main

import (
	"bytes"
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	headers := []string{"Host: example.org", "Accept:text/html", "broken"}
	for _, h := range headers {
		subject := lisette.MakeTuple3(bytes.Cut([]byte(h), []byte(":")))
		name := subject.First
		value := subject.Second
		ok := subject.Third
		if ok {
			fmt.Printf("%s = %q\n", string(name), string(bytes.TrimSpace(value)))
		} else {
			fmt.Printf("no colon in %q\n", h)
		}
	}
}
