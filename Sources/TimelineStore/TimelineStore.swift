import Crypto
import NewsExtraction
import TimelineSQLite
