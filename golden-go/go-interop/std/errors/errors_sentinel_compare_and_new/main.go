package main

import (
	"errors"
	"fmt"
	"io"
	lisette "lisette.dev/prelude"
)

func read_byte(data []byte, pos int) lisette.Result[byte, error] {
	if pos >= len(data) {
		return lisette.MakeResultErr[byte, error](io.EOF)
	}
	return lisette.MakeResultOk[byte, error](data[pos])
}

func main() {
	a := errors.New("EOF")
	fmt.Println("same text:", a.Error() == io.EOF.Error(), "same error:", a == io.EOF, errors.Is(a, io.EOF))
	data := []byte("hi")
	pos := 0
	for {
		subject := read_byte(data, pos)
		if subject.Tag != lisette.ResultOk {
			e := subject.ErrVal
			if e == io.EOF {
				fmt.Println("end of data at", pos)
				break
			}
			e2 := subject.ErrVal
			fmt.Println("error", e2)
			break
		}
		b := subject.OkVal
		fmt.Println("byte", b)
		pos += 1
	}
}
