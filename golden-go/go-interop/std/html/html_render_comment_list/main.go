package main

import (
	"fmt"
	"html"
	lisette "lisette.dev/prelude"
	"strings"
)

type Comment struct {
	author string
	text   string
	stars  int
}

func (v Comment) String() string {
	return "Comment { author: " + lisette.FormatValue(v.author) + ", text: " + lisette.FormatValue(v.text) + ", stars: " + lisette.FormatValue(v.stars) + " }"
}

func render(title string, comments []Comment) string {
	sb := strings.Builder{}
	fmt.Fprintf(&sb, "<h2>%s</h2>\n<ul>\n", html.EscapeString(title))
	for _, c := range comments {
		stars := strings.Repeat("*", c.stars)
		fmt.Fprintf(&sb, "  <li><b>%s</b> %s: %s</li>\n", html.EscapeString(c.author), stars, html.EscapeString(c.text))
	}
	sb.WriteString("</ul>")
	return sb.String()
}

func main() {
	page := render("Reviews & <Notes>", []Comment{Comment{author: "ann", text: "Works great", stars: 5}, Comment{author: "<script>", text: "alert('x')", stars: 1}, Comment{author: "bob \"b\"", text: "2 < 3 && 3 > 2", stars: 3}})
	fmt.Println(page)
	fmt.Println(strings.Count(page, "<li>"), strings.Contains(page, "<script>"))
}
