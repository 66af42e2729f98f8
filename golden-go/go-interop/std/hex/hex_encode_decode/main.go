package main

import (
	"encoding/hex"
	"errors"
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	fmt.Println(hex.EncodeToString([]byte("Go!")))
	for _, s := range []string{"476f21", "476F2", "47zz"} {
		subject := lisette.ResultOf(hex.DecodeString(s))
		if subject.Tag == lisette.ResultOk {
			b := subject.OkVal
			fmt.Println(s, "=>", b, string(b))
		} else {
			e := subject.ErrVal
			fmt.Println(s, "=>", e, errors.Is(e, hex.ErrLength))
		}
	}
	fmt.Println(hex.EncodedLen(3), hex.DecodedLen(6))
}
