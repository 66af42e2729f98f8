package main

import (
	"fmt"
	"html"
)

func main() {
	raw := "<a href=\"x\">Tom & 'Jerry'</a>"
	esc := html.EscapeString(raw)
	fmt.Println(esc)
	fmt.Println(html.UnescapeString(esc) == raw)
	fmt.Println(html.UnescapeString("&lt;b&gt; &amp;amp; &eacute;t&eacute; &#x41;&#66; &copy"))
}
