package main

import (
	"fmt"
	"strings"
)

func main() {
	sb := strings.Builder{}
	for _, word := range []string{"to", "be", "or"} {
		sb.WriteString(word)
		sb.WriteString(" ")
	}
	fmt.Println(strings.TrimSpace(sb.String()), sb.Len())
}
