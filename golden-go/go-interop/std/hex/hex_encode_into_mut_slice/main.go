package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	src := []byte{0xde, 0xad, 0xbe, 0xef}
	dst := bytes.Repeat([]byte{'.'}, 10)
	n := hex.Encode(dst, src)
	fmt.Println(n, string(dst))
	raw := bytes.Repeat([]byte{0}, 2)
	subject := lisette.ResultOf(hex.Decode(raw, []byte("cafe")))
	if subject.Tag == lisette.ResultOk {
		m := subject.OkVal
		fmt.Println(m, raw)
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
}
