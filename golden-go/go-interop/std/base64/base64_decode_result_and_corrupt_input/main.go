package main

import (
	"encoding/base64"
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	for _, s := range []string{"bGlzZXR0ZQ==", "bGlz*XR0", "YQ"} {
		subject := lisette.ResultOf(base64.StdEncoding.DecodeString(s))
		if subject.Tag == lisette.ResultOk {
			b := subject.OkVal
			fmt.Printf("%s -> %q\n", s, string(b))
		} else {
			e := subject.ErrVal
			offset := lisette.OptionMap(lisette.AssertType[base64.CorruptInputError](e), func(c base64.CorruptInputError) int64 {
				return int64(c)
			})
			fmt.Println(s, "->", e, offset)
		}
	}
}
