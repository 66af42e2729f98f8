package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	lisette "lisette.dev/prelude"
)

func main() {
	h := sha256.New()
	_, _ = h.Write([]byte("hello, "))
	fmt.Fprint(h, "world")
	streamed := h.Sum([]byte{})
	whole := func() []byte {
		a := sha256.Sum256([]byte("hello, world"))
		return a[:]
	}()
	fmt.Println(hex.EncodeToString(streamed) == hex.EncodeToString(whole))
	fmt.Println(h.Size(), h.BlockSize())
	h.Reset()
	fmt.Println(hex.EncodeToString(h.Sum([]byte{}))[0:8])
	subject := lisette.PartialOf(h.Write([]byte("abc")))
	switch subject.Tag {
	case lisette.PartialOk:
		n := subject.OkVal
		fmt.Println("wrote", n)
	case lisette.PartialErr:
		e := subject.ErrVal
		fmt.Println(e)
	case lisette.PartialBoth:
		n := subject.OkVal
		e := subject.ErrVal
		fmt.Println(n, e)
	}
}
