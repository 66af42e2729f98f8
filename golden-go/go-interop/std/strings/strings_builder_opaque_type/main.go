package main

import (
	"fmt"
	"strings"
)

func main() {
	sb := strings.Builder{}
	for i := 1; i <= 3; i++ {
		sb.WriteString(fmt.Sprintf("item%v", i))
		sb.WriteByte(byte(';'))
	}
	sb.WriteRune('✓')
	fmt.Println(sb.String())
	fmt.Println(sb.Len())
	sb.Reset()
	fmt.Println(sb.Len(), fmt.Sprintf("[%v]", sb.String()))
}
