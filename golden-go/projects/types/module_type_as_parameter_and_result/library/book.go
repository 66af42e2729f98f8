package library

import lisette "lisette.dev/prelude"

type Book struct {
	Title string
	Pages int
}

func (v Book) String() string {
	return "Book { title: " + lisette.FormatValue(v.Title) + ", pages: " + lisette.FormatValue(v.Pages) + " }"
}
