package main

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type Shortener struct {
	by_id map[string]string
	order []string
}

func (v Shortener) String() string {
	return "Shortener { by_id: " + lisette.FormatValue(v.by_id) + ", order: " + lisette.FormatValue(v.order) + " }"
}

func (self *Shortener) Shorten(url string) string {
	digest := func() []byte {
		a := sha256.Sum256([]byte(strings.TrimSpace(url)))
		return a[:]
	}()
	id := base64.RawURLEncoding.EncodeToString(digest[0:6:6])
	if lisette.MapGet(self.by_id, id).IsNone() {
		self.by_id[id] = url
		self.order = append(self.order, id)
	}
	return id
}

func (self Shortener) Resolve(id string) lisette.Result[string, string] {
	var raw []byte
	subject := lisette.ResultOf(base64.RawURLEncoding.DecodeString(id))
	if subject.Tag != lisette.ResultOk {
		e := subject.ErrVal
		return lisette.MakeResultErr[string, string](fmt.Sprintf("malformed id %v: %v", id, e))
	}
	b := subject.OkVal
	raw = b
	if len(raw) != 6 {
		return lisette.MakeResultErr[string, string](fmt.Sprintf("id %v decodes to %v bytes", id, len(raw)))
	}
	subject2 := lisette.MapGet(self.by_id, id)
	if subject2.Tag == lisette.OptionSome {
		url := subject2.SomeVal
		return lisette.MakeResultOk[string, string](url)
	}
	return lisette.MakeResultErr[string, string](fmt.Sprintf("unknown id %v (%v)", id, hex.EncodeToString(raw)))
}

func main() {
	s := Shortener{by_id: map[string]string{}, order: []string{}}
	a := s.Shorten("https://example.org/docs")
	b := s.Shorten("https://example.org/blog")
	again := s.Shorten("  https://example.org/docs ")
	fmt.Println(len(a), len(b), a == again, a != b, len(s.order))
	for _, id := range []string{a, b} {
		subject3 := s.Resolve(id)
		if subject3.Tag == lisette.ResultOk {
			url := subject3.OkVal
			fmt.Println("ok", url)
		} else {
			msg := subject3.ErrVal
			fmt.Println(msg)
		}
	}
	for _, id := range []string{"AAAAAAAA", "abc", "a*b"} {
		subject4 := s.Resolve(id)
		if subject4.Tag == lisette.ResultOk {
			url := subject4.OkVal
			fmt.Println("ok", url)
		} else {
			msg := subject4.ErrVal
			fmt.Println(msg)
		}
	}
}
