package report

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Draft struct {
	Title string
	words int
}

func (v Draft) String() string {
	return "Draft { title: " + lisette.FormatValue(v.Title) + ", words: " + lisette.FormatValue(v.words) + " }"
}

func (self Draft) Summary() string {
	return fmt.Sprintf("%v (%v words)", self.Title, self.words)
}

func Start(title string) Draft {
	return Draft{Title: title, words: 0}
}

func Grow(d Draft, by int) Draft {
	return Draft{Title: d.Title, words: d.words + by}
}
