package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Entry struct {
	Item string `xml:"urn:a item" json:"full name"`
}

func (v Entry) String() string {
	return "Entry { item: " + lisette.FormatValue(v.Item) + " }"
}

func main() {
	fmt.Println(Entry{Item: "x"})
}
