package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	src := []byte{0, 1, 2, 253, 254, 255}
	enc := base64.StdEncoding
	dst := bytes.Repeat([]byte{0}, enc.EncodedLen(len(src)))
	enc.Encode(dst, src)
	fmt.Println(string(dst))
	subject := lisette.ResultOf(enc.DecodeString(string(dst)))
	if subject.Tag == lisette.ResultOk {
		back := subject.OkVal
		fmt.Println(back, bytes.Equal(back, src))
	} else {
		e := subject.ErrVal
		fmt.Println(e)
	}
}
