package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Entry struct {
	Id   int    `json:"id"`
	Note string `json:"note,omitempty"`
}

func (v Entry) String() string {
	return "Entry { id: " + lisette.FormatValue(v.Id) + ", note: " + lisette.FormatValue(v.Note) + " }"
}

func main() {
	fmt.Println(Entry{Id: 1, Note: ""})
}
