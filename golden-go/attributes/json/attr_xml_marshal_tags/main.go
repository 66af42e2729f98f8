package main

import (
	"encoding/xml"
	"fmt"
	lisette "lisette.dev/prelude"
)

type Book struct {
	Title  string `xml:"title"`
	Writer string `xml:"author"`
	Year   int    `xml:"year"`
}

func (v Book) String() string {
	return "Book { title: " + lisette.FormatValue(v.Title) + ", writer: " + lisette.FormatValue(v.Writer) + ", year: " + lisette.FormatValue(v.Year) + " }"
}

func main() {
	subject := lisette.ResultOf(xml.Marshal(Book{Title: "Go", Writer: "Ann", Year: 2020}))
	if subject.Tag == lisette.ResultOk {
		b := subject.OkVal
		fmt.Println(string(b))
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
}
