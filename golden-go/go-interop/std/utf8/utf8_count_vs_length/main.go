package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, s := range []string{"hello", "héllo", "日本語", "🙂!"} {
		fmt.Println(s, len(s), utf8.RuneCountInString(s))
	}
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('€'), utf8.RuneLen('🙂'))
	fmt.Println(utf8.ValidString("ok"), utf8.ValidString("bad\377"))
	raw := []byte{0xe2, 0x82, 0xac}
	fmt.Println(utf8.Valid(raw), utf8.RuneCount(raw), utf8.FullRune(raw[0:2:2]))
	fmt.Println(utf8.ValidRune(rune(0x10FFFF)), utf8.ValidRune(rune(0xD800)))
}
