package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Report struct {
	title string
}

func (v Report) String() string {
	return "Report { title: " + lisette.FormatValue(v.title) + " }"
}

func (self Report) Render(width int) string {
	return "# " + self.title
}

func main() {
	r := Report{title: "Sales"}
	fmt.Println(r.Render(80))
}
